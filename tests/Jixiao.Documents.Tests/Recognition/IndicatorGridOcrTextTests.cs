using System.Text;
using Jixiao.Documents.Text;
using Jixiao.Domain.Forms;
using static Jixiao.Documents.Tests.Recognition.GridText;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>
/// Grids from OCR'd flat text: pages numbered `1、` `2、` by a document-sharing site, header labels scrambled, level words
/// printed without their 指标 suffix or with OCR look-alikes, letters for digits, a weight run into a value printed twice.
/// </summary>
public sealed class IndicatorGridOcrTextTests
{
    // 参考分值 | 指标值 | 实际值 | 得分 (the weight first): `完整性5一目标明确5` is name, weight, a dash target, the actual, score.
    private const string Page1 =
        "1、示例县本级部门项目支出绩效自评表(2022年)项目名称示例项目主管部门示例县教育局实施单位示例县第一小学"
        + "一级指标二级指标三级指标考值参分指标值(A)全年实际值(B)得分未完成原因分析及改进措施"
        + "项目决策(10分)项目目标完整性5一目标明确、内容细化5项目立项规范性5审批程序规范5"
        + "项目管理(20分)投入管理资金到位率10一100%9财务管理财务管理制度健全性6一制度健全6项Fl实施监控有效性4-持续有效4"
        + "顼目产出(30分)数量指标(10分)培训人数10120人120人IO指标2:成本指标(10分)设备购置成本3M.5万元15.5万元3项目效益(40分)社会效";

    private const string Page2 = "2、益指标群众知晓度20显著提升显著提升18";

    [Fact]
    public void Find_OcrTextOverNumberedPages_ReadsEveryRowInItsColumns()
    {
        var grid = Assert.Single(Grids(Page1 + "\n" + Page2));

        Assert.Equal([
            "项目决策(10分) | 项目目标 | 完整性 | 一 | 目标明确、内容细化 | 5 | 5",
            "项目决策(10分) | 项目立项 | 规范性 |  | 审批程序规范 | 5 | 5",
            "项目管理(20分) | 投入管理 | 资金到位率 | 一 | 100% | 10 | 9",
            "项目管理(20分) | 财务管理 | 财务管理制度健全性 | 一 | 制度健全 | 6 | 6",
            "项目管理(20分) | 项Fl实施 | 监控有效性 | - | 持续有效 | 4 | 4",
            "顼目产出(30分) | 数量指标(10分) | 培训人数 | 120人 | 120人 | 10 | IO",
            "顼目产出(30分) | 成本指标(10分) | 设备购置成本 | M.5万元 | 15.5万元 | 3 | 3",
            "项目效益(40分) | 社会效益指标 | 群众知晓度 | 显著提升 | 显著提升 | 20 | 18",
        ], grid.Rows.Select(Show));
    }

    [Fact]
    public void Find_OcrLettersForDigits_AreKeptAsPrintedWithAFindingNamingTheCell()
    {
        var grid = Assert.Single(Grids(Page1 + "\n" + Page2));

        Assert.Contains(grid.Warnings, w => w.Message == "指标“培训人数”的得分“IO”疑为识别错误，已按数字 10 读取得分，原文保留，请核对。");
        Assert.Contains(grid.Warnings, w => w.Message.StartsWith("指标“设备购置成本”的指标值“M.5万元”数字中含疑似识别错误的字符“M”", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportLines_OcrScore_ReadsItsNumberAndKeepsThePrintedText()
    {
        var doc = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(Page1 + "\n" + Page2)).Document!;

        var project = Assert.Single(doc.Package.Projects);
        var row = project.Indicators.Single(i => i.Name == "培训人数");
        Assert.Equal(10m, row.Score);
        Assert.Equal("IO", project.Evaluation!.Texts[EvaluationTextKeys.Row(row.Ordinal, "score")]);
        Assert.Equal("M.5万元", project.Indicators.Single(i => i.Name == "设备购置成本").Target.OriginalText);
    }

    [Fact]
    public void Find_NumberedListItems_AreNotJoinedAsPages()
    {
        // Short numbered lines are a list, not pages: `2、` still closes the grid as a heading would.
        var grids = Grids("一级指标二级指标三级指标指标值产出指标数量指标培训人数120人\n1、说明\n2、其他");

        Assert.Equal(["产出指标 | 数量指标 | 培训人数 | 120人"], Assert.Single(grids).Rows.Select(Show));
    }

    [Fact]
    public void Find_GridPrintedColumnByColumn_PairsEachNameWithItsValues()
    {
        // A PDF's text read down the columns: the names under 三级指标, then each value column with its header above it.
        var grid = Assert.Single(Grids(string.Join("\n",
            "绩效目标表", "三级指标  示例校舍数量(所)  验收合格率(%)", "培训覆盖率(%)", "年度目标值", "3  100%  95%", "实施周期目标值", "5  100%  98%")));

        Assert.Equal([" |  | 示例校舍数量(所) | 3", " |  | 验收合格率(%) | 100%", " |  | 培训覆盖率(%) | 95%"], grid.Rows.Select(Show));
        Assert.Equal(["5", "100%", "98%"], grid.Rows.Select(r => r.Columns["实施周期目标值"]));
    }

    [Fact]
    public void Find_FlatTextCutAfterANameInTheNoteColumn_KeepsItAsARowNotANote()
    {
        var grid = Assert.Single(Grids(
            "绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明"
            + "路灯维修完成率%852012020新建公厕数量座420320示例管护面"));

        Assert.Equal(["路灯维修完成率", "新建公厕数量", "示例管护面"], grid.Rows.Select(r => r.Name));
        Assert.Null(grid.Rows[1].Extra.GetValueOrDefault("说明"));
    }
}

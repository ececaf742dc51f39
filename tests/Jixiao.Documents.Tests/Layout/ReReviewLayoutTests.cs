using Jixiao.Documents.Export.Docx;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Export.Xlsx;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Tests.Xlsx;
using Jixiao.Domain.ReReview;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Layout;

/// <summary>
/// The 项目支出绩效自评复核表 (ADR-063) in its official layout: header, rows with 自评/主管部门/财政/最终得分, 差异 and 复核理由 side
/// by side, the 总分 with both grades. One approval file of what the xlsx reads back as; the docx holds the same grid.
/// </summary>
public sealed class ReReviewLayoutTests
{
    private static readonly Guid A = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = new("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid D = new("00000000-0000-0000-0000-00000000000d");

    /// <summary>Four rows in two 一级 groups: one re-scored by both stages, one by the department only, two as self-scored.</summary>
    internal static ReReviewPrint Print()
    {
        var sheet = ReReviewSheet.Compose(
        [
            new(A, "培训人次", 30m, 30m),
            new(B, "培训合格率", 20m, 18m),
            new(C, "平台运行稳定率", 20m, 20m),
            new(D, "服务对象满意度", 20m, 20m),
        ], 98m,
        [
            new(A, ReReviewStage.Supervisor, 25m, "培训记录缺三期"),
            new(A, ReReviewStage.Finance, 20m, "签到表与人次不符"),
            new(B, ReReviewStage.Supervisor, 17.5m, "抽查合格率偏低"),
        ], threshold: 1m);
        string[][] categories = [["产出指标", "数量指标"], ["产出指标", "质量指标"], ["效益指标", "社会效益指标"], ["满意度指标", "服务对象满意度指标"]];
        var rows = sheet.Rows.Select((r, i) => new ReReviewPrintRow(categories[i][0], categories[i][1], r)).ToList();
        return new ReReviewPrint("科技金融宣传活动费", "上海市松江区科技创新服务中心", "上海市松江区科学技术委员会", 2023, "财政审核", Sampled: false, rows, sheet);
    }

    [Fact]
    public void ReReview_XlsxReadsBackAsTheApprovedLayout()
    {
        var layout = ReReviewLayout.Document(Print());

        var read = XlsxReader.Read("form.xlsx", new XlsxRenderer().Render(layout));

        Assert.True(read.Success, read.Error);
        var lines = XlsxRendererTests.NonBlank(read.Lines!);
        Assert.Equal(XlsxRendererTests.NonBlank(GridLines.FromDocument(layout)), lines);
        Approval.Verify("rereview-layout", string.Join('\n', lines) + "\n");
    }

    [Fact]
    public void ReReview_DocxHoldsTheSameGrid()
    {
        var layout = ReReviewLayout.Document(Print());

        var read = DocxReader.Read("form.docx", new DocxRenderer().Render(layout));

        Assert.True(read.Success, read.Error);
        Assert.Equal(XlsxRendererTests.NonBlank(GridLines.FromDocument(layout)), XlsxRendererTests.NonBlank(read.Lines!));
    }

    [Fact]
    public void ReReview_FlagsTheRowsAndTheTotalBeyondTheThreshold_AndPrintsBothGrades()
    {
        var grid = ReReviewLayout.Document(Print()).Sections.Single().Blocks.OfType<FormTable>().Last();
        var lines = GridLines.Rows(grid).ToList();

        // 培训人次: 30 → 财政 20 (−10, flagged); 培训合格率: 18 → 主管部门 17.5 (−0.5, within 1 point); total 98 → 87.5.
        Assert.Contains(lines, l => l.Contains("培训人次\t30.00\t30.00\t25.00\t20.00\t20.00\t-10.00 ★\t主管部门：培训记录缺三期；财政：签到表与人次不符", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("培训合格率\t20.00\t18.00\t17.50\t\t17.50\t-0.50\t主管部门：抽查合格率偏低", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("总分", StringComparison.Ordinal) && l.Contains("98.00", StringComparison.Ordinal)
            && l.Contains("87.50\t-10.50 ★\t自评等级：优；最终等级：良", StringComparison.Ordinal));
    }
}

using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Tests.Forms;

/// <summary>The 自评表 as forms.md §6 prints it, defined once (ADR-018).</summary>
public class SelfEvaluationFormTests
{
    private static FormDefinition Form => SelfEvaluationForms.District2023;

    [Fact]
    public void SelfEvaluation_IsRegistered_AndFoundByItsFormKind()
    {
        Assert.Contains(Form, FormDefinitions.All);
        Assert.Same(Form, FormDefinitions.For(FormKind.SelfEvaluation));
        Assert.Equal("财政项目支出绩效自评表", Form.Title);
    }

    [Theory]
    [InlineData("name", "项目名称")]
    [InlineData("supervisingDepartment", "主管部门")]
    [InlineData("implementingUnit", "实施单位")]
    public void Header_ShowsTheDeclarationsFieldByKey(string key, string label)
    {
        var field = Form.Field(key)!;
        var project = DeclarationForms.District2024.Field(key)!.Write(
            new Project { Name = "", Form = FormKind.SelfEvaluation, TemplateId = "SH-DIST-2024" }, "上海市松江区科学技术委员会");

        Assert.Equal(label, field.Label);
        Assert.Same(DeclarationForms.District2024.Field(key)!.Binding, field.Binding);
        Assert.Equal("上海市松江区科学技术委员会", field.Text(project));
    }

    [Fact]
    public void Goals_AreTheEvaluationsOwn()
    {
        var evaluated = new Project
        {
            Name = "",
            Form = FormKind.SelfEvaluation,
            TemplateId = "SH-DIST-2024",
            AnnualGoal = "年度总体目标",
            Evaluation = new SelfEvaluation { Total = new FundRow(null, null, null), ExpectedGoal = "预期", ActualOutcome = "实际" },
        };

        Assert.Equal(["预期目标", "实际完成情况"], Form.InBlock(FormBlocks.Goals).Select(f => f.Label));
        Assert.Equal(("预期", "实际"), (Form.Field("expectedGoal")!.Text(evaluated), Form.Field("actualOutcome")!.Text(evaluated)));
        Assert.Equal("改过", Form.Field("actualOutcome")!.Write(evaluated, "改过").Evaluation!.ActualOutcome);
        // A declaration read on this form (the declared part of an imported 自评表) has no evaluation: 预期目标 is its
        // 年度总体目标, 实际完成情况 has no home and is not written.
        var declared = evaluated with { Evaluation = null };
        Assert.Equal("年度总体目标", Form.Field("expectedGoal")!.Text(declared));
        Assert.Equal("新目标", Form.Field("expectedGoal")!.Write(declared, "新目标").AnnualGoal);
        Assert.Equal(declared, Form.Field("actualOutcome")!.Write(declared, "改过"));
    }

    [Fact]
    public void MoneyGrid_IsFourRowsBySixColumns_AsPrinted()
    {
        var grid = SelfEvaluationForms.Funds;

        Assert.Equal(["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"], grid.Rows.Select(r => r.Label));
        Assert.Equal(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], grid.Columns.Select(c => c.Label));
        Assert.Equal(["total"], grid.Rows.Where(r => r.IsTotal).Select(r => r.Key));
        Assert.Equal(["分值", "执行率", "得分"], grid.Columns.Where(c => c.TotalOnly).Select(c => c.Label));
        Assert.Equal("—", grid.Column("weight")!.OtherRows);
        Assert.Equal("currentYearAppropriation", grid.RowLabelled("其中:当年财政拨款")?.Key);
        Assert.Equal("otherFunds", grid.RowStarting("其他资金0.000.00")?.Key);
    }

    [Fact]
    public void IndicatorColumns_AreThePrintedHeads_WithTheirMeaning()
    {
        Assert.Equal(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            Form.IndicatorColumns.Select(c => c.Label));
        Assert.Equal("实际完成值", SelfEvaluationForms.Column(IndicatorColumnKeys.Actual).Label);
    }

    public static TheoryData<string?, MoneyGridValue, decimal?> Reads => new()
    {
        { "1,443,356.00", MoneyGridValue.Money, 1_443_356m },
        { "152,919.8", MoneyGridValue.Money, 152_919.8m },
        { "—", MoneyGridValue.Money, null },       // the dash printed for none
        { "100.00%", MoneyGridValue.Percent, 1m },
        { "99.5％", MoneyGridValue.Percent, 0.995m },
        { "100", MoneyGridValue.Percent, null },   // a rate is printed with its percent sign
        { " 4.5 ", MoneyGridValue.Score, 4.5m },
        { "-5", MoneyGridValue.Weight, -5m },      // kept for the range check to refuse, not dropped
        { "五", MoneyGridValue.Weight, null },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public void EvaluationText_ReadsAFigure(string? text, MoneyGridValue kind, decimal? value) =>
        Assert.Equal(value, EvaluationText.Read(text, kind));

    [Theory]
    [InlineData("1,000.00", "1000", MoneyGridValue.Money, "1,000.00")]   // the printed text stands while it reads as the value
    [InlineData("1,000.00", "1200", MoneyGridValue.Money, "1200")]       // a changed value replaces it
    [InlineData(null, "0.95", MoneyGridValue.Percent, "95.00%")]         // a rate without text prints as a percentage
    [InlineData("10", null, MoneyGridValue.Weight, null)]                // no value, no text
    public void EvaluationText_KeepsTheTextOnlyWhileItReadsAsTheValue(string? kept, string? value, MoneyGridValue kind, string? expected) =>
        Assert.Equal(expected, EvaluationText.Keep(kept, value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), kind));
}

using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>target-grammar.md §8: actuals are values; comparison-shaped actuals are flagged.</summary>
public sealed class ActualParserTests
{
    [Theory]
    // Plain values seen [S]: Op None, no comparison note.
    [InlineData("400 册", TargetKind.Quantitative, Comparator.None, "400", "册", null, null, "400.00(册)", "PdfSpacing")]
    [InlineData("50 人次/场", TargetKind.Quantitative, Comparator.None, "50", "人次/场", null, null, "50.00(人次/场)", "PdfSpacing")]
    [InlineData("121980 元", TargetKind.Quantitative, Comparator.None, "121980", "元", null, null, "121980.00(元)", "PdfSpacing")]
    [InlineData("100%", TargetKind.Quantitative, Comparator.None, "100", "%", null, null, "100.00(%)", "")]
    [InlineData("0", TargetKind.Quantitative, Comparator.None, "0", null, null, null, "0.00", "MissingUnit")]
    [InlineData("152,919.8", TargetKind.Quantitative, Comparator.None, "152919.8", null, null, null, "152919.80", "MissingUnit")]
    // AV-1: a leading `=` only → plain value + ActualIsComparison (and never ZeroTarget: that is a target note).
    [InlineData("=3 万条/月", TargetKind.Quantitative, Comparator.None, "3", "万条/月", null, null, "3.00(万条/月)", "PdfSpacing,ActualIsComparison")]
    [InlineData("=99%", TargetKind.Quantitative, Comparator.None, "99", "%", null, null, "99.00(%)", "ActualIsComparison")]
    [InlineData("=0 次", TargetKind.Quantitative, Comparator.None, "0", "次", null, null, "0.00(次)", "PdfSpacing,ActualIsComparison")]
    // AV-2: any other comparator → Kind Comparison with Op set.
    [InlineData("<=1 次", TargetKind.Comparison, Comparator.Le, "1", "次", null, null, "≤1.00(次)", "PdfSpacing,ActualIsComparison")]
    [InlineData(">=1", TargetKind.Comparison, Comparator.Ge, "1", null, null, null, "≥1.00", "MissingUnit,ActualIsComparison")]
    [InlineData(">=90%", TargetKind.Comparison, Comparator.Ge, "90", "%", null, null, "≥90.00(%)", "ActualIsComparison")]
    [InlineData("<=4 小时", TargetKind.Comparison, Comparator.Le, "4", "小时", null, null, "≤4.00(小时)", "PdfSpacing,ActualIsComparison")]
    [InlineData("全年稳定运行率≥95%", TargetKind.Comparison, Comparator.Ge, "95", "%", "全年", "稳定运行率", "全年稳定运行率≥95.00(%)", "ActualIsComparison")]
    [InlineData("全年≤5次", TargetKind.Comparison, Comparator.Le, "5", "次", "全年", null, "全年≤5.00(次)", "ActualIsComparison")]
    [InlineData("48小时内", TargetKind.Comparison, Comparator.Le, "48", "小时", null, null, "≤48.00(小时)", "ActualIsComparison")]
    // [I] a whole-year plain figure keeps its scope.
    [InlineData("全年5次", TargetKind.Quantitative, Comparator.None, "5", "次", "全年", null, "全年5.00(次)", "")]
    public void ParseActual_NumberString_GivesValueOrComparison(string input, TargetKind kind, Comparator op, string value,
        string? unit, string? scope, string? subject, string canonical, string notes)
    {
        var parsed = TargetParser.ParseActual(input);

        Assert.Equal(Expect.Quantity(kind, op, value, unit, scope, subject), parsed);
        Assert.Equal(canonical, parsed.Canonical);
        Assert.Equal(input, parsed.OriginalText);
        Expect.Notes(notes, parsed);
    }

    [Theory]
    // Non-numeric actuals [S]: same grammar as targets.
    [InlineData("2023 年 10 月 底", TargetKind.Deadline, "2023年10月底")]
    [InlineData("当年内", TargetKind.Deadline, "当年内")]
    [InlineData("优秀", TargetKind.Qualitative, "优秀")]
    [InlineData("应修尽修", TargetKind.Qualitative, "应修尽修")]
    [InlineData("是", TargetKind.Boolean, "是")]
    [InlineData("　", TargetKind.Empty, "")]
    [InlineData(null, TargetKind.Empty, "")]
    // Conditional texts copied from the target stay Conditional, never Comparison (AV-5).
    [InlineData("控制于预算内", TargetKind.Conditional, "控制于预算内")]
    [InlineData("测评标准未大幅修改时，当年等保测评分≥上一期分数", TargetKind.Conditional, "测评标准未大幅修改时，当年等保测评分≥上一期分数")]
    public void ParseActual_NonNumericString_KeepsItsKind(string? input, TargetKind kind, string canonical)
    {
        var parsed = TargetParser.ParseActual(input);

        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(canonical, parsed.Canonical);
        Assert.False(parsed.HasNote(ParseNote.ActualIsComparison));
    }

    [Theory]
    // Frequencies: plain → Op None; `=` → plain + note; a comparator → Comparison keeping the frequency.
    [InlineData("每月一次", TargetKind.Frequency, Comparator.None, "每月1次", "")]
    [InlineData("=每月一次", TargetKind.Frequency, Comparator.None, "每月1次", "RedundantEquals,ActualIsComparison")]
    [InlineData("至少每天2次", TargetKind.Comparison, Comparator.Ge, "至少每天2次", "ActualIsComparison")]
    [InlineData("每周7天*24小时", TargetKind.Frequency, Comparator.None, "每周7天*24小时", "")]
    public void ParseActual_Frequency_IsValueUnlessCompared(string input, TargetKind kind, Comparator op, string canonical,
        string notes)
    {
        var parsed = TargetParser.ParseActual(input);

        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(op, parsed.Op);
        Assert.NotNull(parsed.Frequency);
        Assert.Equal(canonical, parsed.Canonical);
        Expect.Notes(notes, parsed);
    }
}

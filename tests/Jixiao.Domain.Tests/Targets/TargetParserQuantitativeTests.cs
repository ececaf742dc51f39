using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>target-grammar.md §3 A–E and the quantitative rows of the §5 table (RT-5).</summary>
public sealed class TargetParserQuantitativeTests
{
    [Theory]
    // §3 A: official 2024 `{op}{n.nn}({unit})`, already canonical.
    [InlineData("=139.20(万元)", Comparator.Eq, "139.20", "万元", null, null, "=139.20(万元)", "")]
    [InlineData("=4.32(万元)", Comparator.Eq, "4.32", "万元", null, null, "=4.32(万元)", "")]
    [InlineData("=0.81(万元)", Comparator.Eq, "0.81", "万元", null, null, "=0.81(万元)", "")]
    [InlineData("=100.00(%)", Comparator.Eq, "100", "%", null, null, "=100.00(%)", "")]
    [InlineData("≥90.00(%)", Comparator.Ge, "90", "%", null, null, "≥90.00(%)", "")]
    [InlineData("≥91.00(%)", Comparator.Ge, "91", "%", null, null, "≥91.00(%)", "")]
    [InlineData("≥99.00(%)", Comparator.Ge, "99", "%", null, null, "≥99.00(%)", "")]
    [InlineData("=700.00(元/月)", Comparator.Eq, "700", "元/月", null, null, "=700.00(元/月)", "")]
    [InlineData("=2.00(万条/月)", Comparator.Eq, "2", "万条/月", null, null, "=2.00(万条/月)", "")]
    [InlineData("=3.00(家)", Comparator.Eq, "3", "家", null, null, "=3.00(家)", "")]
    [InlineData("=12.00(个)", Comparator.Eq, "12", "个", null, null, "=12.00(个)", "")]
    [InlineData("=2.00(个)", Comparator.Eq, "2", "个", null, null, "=2.00(个)", "")]
    [InlineData("≤3.00(分钟)", Comparator.Le, "3", "分钟", null, null, "≤3.00(分钟)", "")]
    [InlineData("≤50.00(元/册)", Comparator.Le, "50", "元/册", null, null, "≤50.00(元/册)", "")]
    [InlineData("≤20.00(万元/场)", Comparator.Le, "20", "万元/场", null, null, "≤20.00(万元/场)", "")]
    [InlineData("≤1.00(次)", Comparator.Le, "1", "次", null, null, "≤1.00(次)", "")]
    [InlineData("≤200.00(册)", Comparator.Le, "200", "册", null, null, "≤200.00(册)", "")]
    [InlineData("≥4.00(场)", Comparator.Ge, "4", "场", null, null, "≥4.00(场)", "")]
    [InlineData("≥30.00(人次/场)", Comparator.Ge, "30", "人次/场", null, null, "≥30.00(人次/场)", "")]
    [InlineData("≥101.00(人次/场)", Comparator.Ge, "101", "人次/场", null, null, "≥101.00(人次/场)", "")]
    [InlineData("=12.00(次)", Comparator.Eq, "12", "次", null, null, "=12.00(次)", "")]
    [InlineData("=12.00(篇)", Comparator.Eq, "12", "篇", null, null, "=12.00(篇)", "")]
    [InlineData("≤4.00(小时)", Comparator.Le, "4", "小时", null, null, "≤4.00(小时)", "")]
    [InlineData("≤5.00(次)", Comparator.Le, "5", "次", null, null, "≤5.00(次)", "")]
    [InlineData("=1.00(次)", Comparator.Eq, "1", "次", null, null, "=1.00(次)", "")]
    [InlineData("≥1.00(次)", Comparator.Ge, "1", "次", null, null, "≥1.00(次)", "")]
    [InlineData("=2.00(次)", Comparator.Eq, "2", "次", null, null, "=2.00(次)", "")]
    [InlineData("=3.00(人)", Comparator.Eq, "3", "人", null, null, "=3.00(人)", "")]
    [InlineData("=2.00(人)", Comparator.Eq, "2", "人", null, null, "=2.00(人)", "")]
    [InlineData("≤5.00(次/年)", Comparator.Le, "5", "次/年", null, null, "≤5.00(次/年)", "")]
    [InlineData("≤16.55(万元)", Comparator.Le, "16.55", "万元", null, null, "≤16.55(万元)", "")]
    [InlineData("≤2.00(人)", Comparator.Le, "2", "人", null, null, "≤2.00(人)", "")]
    [InlineData("≤24.00(小时)", Comparator.Le, "24", "小时", null, null, "≤24.00(小时)", "")]
    [InlineData("≥42.00(家)", Comparator.Ge, "42", "家", null, null, "≥42.00(家)", "")]
    [InlineData("≥10.00(次)", Comparator.Ge, "10", "次", null, null, "≥10.00(次)", "")]
    [InlineData("≥2.00(次)", Comparator.Ge, "2", "次", null, null, "≥2.00(次)", "")]
    // §3 A spaced (PDF extraction) and the incomplete unit `万` (dimension unknown, never completed).
    [InlineData("≥ 4.00 (次)", Comparator.Ge, "4", "次", null, null, "≥4.00(次)", "PdfSpacing")]
    [InlineData("≤ 5.00 (%)", Comparator.Le, "5", "%", null, null, "≤5.00(%)", "PdfSpacing")]
    [InlineData("≥ 90.00 (%)", Comparator.Ge, "90", "%", null, null, "≥90.00(%)", "PdfSpacing")]
    [InlineData("≤20.00(万)", Comparator.Le, "20", "万", null, null, "≤20.00(万)", "IncompleteUnit")]
    // §3 B: bare ASCII comparator + number + unit; canonical gets ≥/≤, two decimals and parentheses.
    [InlineData(">=95%", Comparator.Ge, "95", "%", null, null, "≥95.00(%)", "")]
    [InlineData("=100%", Comparator.Eq, "100", "%", null, null, "=100.00(%)", "")]
    [InlineData("<=0.00%", Comparator.Le, "0", "%", null, null, "≤0.00(%)", "ZeroTarget")]
    [InlineData("<=10分钟", Comparator.Le, "10", "分钟", null, null, "≤10.00(分钟)", "")]
    [InlineData(">=10000KB", Comparator.Ge, "10000", "KB", null, null, "≥10000.00(KB)", "")]
    [InlineData(">=3人", Comparator.Ge, "3", "人", null, null, "≥3.00(人)", "")]
    [InlineData(">=3人次", Comparator.Ge, "3", "人次", null, null, "≥3.00(人次)", "")]
    [InlineData("=2次", Comparator.Eq, "2", "次", null, null, "=2.00(次)", "")]
    [InlineData(">=90%", Comparator.Ge, "90", "%", null, null, "≥90.00(%)", "")]
    [InlineData("=0%", Comparator.Eq, "0", "%", null, null, "=0.00(%)", "ZeroTarget")]
    [InlineData("=3 万条/月", Comparator.Eq, "3", "万条/月", null, null, "=3.00(万条/月)", "PdfSpacing")]
    [InlineData("<=1 次", Comparator.Le, "1", "次", null, null, "≤1.00(次)", "PdfSpacing")]
    [InlineData("<=200 册", Comparator.Le, "200", "册", null, null, "≤200.00(册)", "PdfSpacing")]
    [InlineData(">=4 次", Comparator.Ge, "4", "次", null, null, "≥4.00(次)", "PdfSpacing")]
    [InlineData("=99%", Comparator.Eq, "99", "%", null, null, "=99.00(%)", "")]
    [InlineData(">=30 人次/场", Comparator.Ge, "30", "人次/场", null, null, "≥30.00(人次/场)", "PdfSpacing")]
    [InlineData(">=101 人次/ 场", Comparator.Ge, "101", "人次/场", null, null, "≥101.00(人次/场)", "PdfSpacing")]
    [InlineData("<=3 分钟", Comparator.Le, "3", "分钟", null, null, "≤3.00(分钟)", "PdfSpacing")]
    [InlineData("=700 元/月", Comparator.Eq, "700", "元/月", null, null, "=700.00(元/月)", "PdfSpacing")]
    [InlineData("<=50 元/册", Comparator.Le, "50", "元/册", null, null, "≤50.00(元/册)", "PdfSpacing")]
    [InlineData("<=20 万元/场", Comparator.Le, "20", "万元/场", null, null, "≤20.00(万元/场)", "PdfSpacing")]
    [InlineData(">=85%", Comparator.Ge, "85", "%", null, null, "≥85.00(%)", "")]
    [InlineData("=56850 份", Comparator.Eq, "56850", "份", null, null, "=56850.00(份)", "PdfSpacing")]
    [InlineData("=4400 份", Comparator.Eq, "4400", "份", null, null, "=4400.00(份)", "PdfSpacing")]
    [InlineData("=1 次", Comparator.Eq, "1", "次", null, null, "=1.00(次)", "PdfSpacing")]
    [InlineData("=22 个", Comparator.Eq, "22", "个", null, null, "=22.00(个)", "PdfSpacing")]
    [InlineData("=90%", Comparator.Eq, "90", "%", null, null, "=90.00(%)", "")]
    [InlineData("=12 次", Comparator.Eq, "12", "次", null, null, "=12.00(次)", "PdfSpacing")]
    [InlineData("=12 篇", Comparator.Eq, "12", "篇", null, null, "=12.00(篇)", "PdfSpacing")]
    [InlineData("=1 个", Comparator.Eq, "1", "个", null, null, "=1.00(个)", "PdfSpacing")]
    [InlineData("<=4 小时", Comparator.Le, "4", "小时", null, null, "≤4.00(小时)", "PdfSpacing")]
    [InlineData("<=5 次", Comparator.Le, "5", "次", null, null, "≤5.00(次)", "PdfSpacing")]
    [InlineData("=0 次", Comparator.Eq, "0", "次", null, null, "=0.00(次)", "PdfSpacing,ZeroTarget")]
    [InlineData("=8%", Comparator.Eq, "8", "%", null, null, "=8.00(%)", "")]
    [InlineData(">=1", Comparator.Ge, "1", null, null, null, "≥1.00", "MissingUnit")]
    // §3 C: word comparators and the `内` suffix (number + duration, no date → precedence step 6).
    [InlineData("大于等于95%", Comparator.Ge, "95", "%", null, null, "≥95.00(%)", "")]
    [InlineData("不超过10分钟", Comparator.Le, "10", "分钟", null, null, "≤10.00(分钟)", "")]
    [InlineData("全年不超过1次", Comparator.Le, "1", "次", "全年", null, "全年≤1.00(次)", "")]
    [InlineData("全年不超过2次", Comparator.Le, "2", "次", "全年", null, "全年≤2.00(次)", "")]
    [InlineData("48 小时内", Comparator.Le, "48", "小时", null, null, "≤48.00(小时)", "PdfSpacing")]
    // §3 D: LaTeX; the space that ends `\geq` belongs to the command, spaces around `$\leq$` are PDF spacing.
    [InlineData("$\\geq 85.00\\%$", Comparator.Ge, "85.00", "%", null, null, "≥85.00(%)", "LatexOperator")]
    [InlineData("全年 $\\leq$ 5次", Comparator.Le, "5", "次", "全年", null, "全年≤5.00(次)", "LatexOperator,PdfSpacing")]
    [InlineData("全年稳定运行率 $\\geq$ 95%", Comparator.Ge, "95", "%", "全年", "稳定运行率", "全年稳定运行率≥95.00(%)", "LatexOperator,PdfSpacing")]
    // §3 E: scope prefix 全年 and a subject named inside the value.
    [InlineData("全年≤5次", Comparator.Le, "5", "次", "全年", null, "全年≤5.00(次)", "")]
    [InlineData("全年<=2次", Comparator.Le, "2", "次", "全年", null, "全年≤2.00(次)", "")]
    [InlineData("全年<=1次", Comparator.Le, "1", "次", "全年", null, "全年≤1.00(次)", "")]
    [InlineData("全年稳定运行率≥95%", Comparator.Ge, "95", "%", "全年", "稳定运行率", "全年稳定运行率≥95.00(%)", "")]
    [InlineData("全年稳定运行率≥ 95%", Comparator.Ge, "95", "%", "全年", "稳定运行率", "全年稳定运行率≥95.00(%)", "PdfSpacing")]
    // [I] spellings of the §4 table and normalisation steps not seen in the seeds.
    [InlineData("＞＝９０％", Comparator.Ge, "90", "%", null, null, "≥90.00(%)", "")]
    [InlineData("不低于3（次）", Comparator.Ge, "3", "次", null, null, "≥3.00(次)", "")]
    [InlineData("不少于2场", Comparator.Ge, "2", "场", null, null, "≥2.00(场)", "")]
    [InlineData("小于等于1.125万元", Comparator.Le, "1.125", "万元", null, null, "≤1.125(万元)", "")]
    [InlineData("高于80%", Comparator.Gt, "80", "%", null, null, ">80.00(%)", "")]
    [InlineData("低于5%", Comparator.Lt, "5", "%", null, null, "<5.00(%)", "")]
    [InlineData("=≥90%", Comparator.Ge, "90", "%", null, null, "≥90.00(%)", "RedundantEquals")]
    [InlineData("5个工作日以内", Comparator.Le, "5", "个工作日", null, null, "≤5.00(个工作日)", "")]
    [InlineData("90%以上", Comparator.Ge, "90", "%", null, null, "≥90.00(%)", "")]
    [InlineData(">=101 人次/\n场", Comparator.Ge, "101", "人次/场", null, null, "≥101.00(人次/场)", "PdfSpacing")]
    [InlineData("=152,919.80(元)", Comparator.Eq, "152919.80", "元", null, null, "=152919.80(元)", "")]
    public void Parse_QuantitativeString_GivesSpecModel(string input, Comparator op, string value, string? unit,
        string? scope, string? subject, string canonical, string notes)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(Expect.Quantity(TargetKind.Quantitative, op, value, unit, scope, subject), parsed);
        Assert.Equal(unit, parsed.Unit?.Text);
        Assert.Equal(canonical, parsed.Canonical);
        Assert.Equal(input, parsed.OriginalText);
        Expect.Notes(notes, parsed);
    }

    [Theory]
    // RT-5: spellings of one model compare equal.
    [InlineData(">=85%", "≥85.00(%)")]
    [InlineData("$\\geq 85.00\\%$", "≥85.00(%)")]
    [InlineData("大于等于95%", ">=95%")]
    [InlineData("全年 $\\leq$ 5次", "全年≤5次")]
    [InlineData("全年不超过1次", "全年<=1次")]
    [InlineData(">=101 人次/ 场", "≥101.00(人次/场)")]
    [InlineData("48 小时内", "≤48.00(小时)")]
    public void Parse_EquivalentSpellings_GiveEqualModels(string left, string right) =>
        Assert.Equal(TargetParser.Parse(left), TargetParser.Parse(right));

    [Theory]
    // A contradictory suffix, a number-like subject or a bare number without a unit is not a quantity
    // (a bare number WITH a unit is `=`: TargetParserBareTests).
    [InlineData("12")]
    [InlineData("≥90%以下")]
    [InlineData("2024年≥5次")]
    [InlineData("≥90%满意度")]
    public void Parse_NotAQuantity_IsUnrecognisedQualitative(string input)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(TargetKind.Qualitative, parsed.Kind);
        Assert.True(parsed.HasNote(ParseNote.Unrecognised));
    }

    [Fact]
    public void Parse_CatalogueUnitQuantity_SharesCatalogueUnitAndKeepsScale()
    {
        var parsed = TargetParser.Parse("≥139.20(万元)");

        Assert.Equal(TargetKind.Quantitative, parsed.Kind);
        Assert.Equal(139.20m, parsed.Value);
        Assert.Equal(2, parsed.Value!.Value.Scale);
        Assert.Same(Units.Parse("万元"), parsed.Unit);
        Assert.Equal("≥139.20(万元)", parsed.Canonical);
    }

    [Fact]
    public void Parse_CustomTypoMap_RewritesUnitWithNote()
    {
        var options = new TargetParseOptions { Typos = new Dictionary<string, string> { ["万元"] = "元" } };

        var parsed = TargetParser.Parse("=5.00(万元)", options);

        Assert.Equal("=5.00(元)", parsed.Canonical);
        Assert.True(parsed.HasNote(ParseNote.TypoCorrected));
    }
}

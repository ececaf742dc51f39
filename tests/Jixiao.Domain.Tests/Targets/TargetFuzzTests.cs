using System.Text;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>Cheap fuzzing in the normal run (fixed seed): never throw, and parsing is stable under formatting.</summary>
public sealed class TargetFuzzTests
{
    private const int Iterations = 4000;

    // Fragments that steer mutations into the grammar's corners.
    private static readonly string[] Fragments =
    [
        "≥", "≤", ">=", "<=", "=", ">", "<", "＞＝", "＝", "$", "\\geq", "\\leq ", "\\%", "%", "％", "(", ")", "（", "）",
        "/", "*", "×", " ", "　", "\n", "\r\n", ".", ",", "-", "0", "1", "9", "２", "12", "2024", "年", "月", "日", "底",
        "前", "内", "以内", "以上", "每", "每月", "每周", "天", "次", "一", "两", "十", "至少", "不超过", "大于等于", "小于",
        "全年", "稳定运行率", "时，", "预算", "上一年度", "有所提升", "控制于", "上一期", "万", "万元", "元", "人次", "场",
        "KB", "小时", "分钟", "健全", "建全", "、", "及以上", "提升", "是", "否", "当年内", "完成",
    ];

    [Fact]
    public void Parse_MutatedAndRandomText_NeverThrowsAndIsStable()
    {
        var random = new Random(20241123);
        var seeds = GrammarSpec.All.Where(s => s.Length > 0).ToArray();
        for (var i = 0; i < Iterations; i++)
        {
            var text = i % 4 == 0 ? RandomText(random) : Mutate(seeds[random.Next(seeds.Length)], random);
            AssertStable(text, TargetParser.Parse(text), s => TargetParser.Parse(s));
            AssertStable(text, TargetParser.ParseActual(text), s => TargetParser.ParseActual(s));
        }
    }

    [Theory]
    // Large and hostile inputs: huge numbers (decimal overflow), long texts, lone surrogates, control characters.
    [InlineData(100_000, "9")]
    [InlineData(5_000, "≥")]
    [InlineData(20_000, "健全、")]
    [InlineData(3_000, "$\\geq$ ")]
    [InlineData(10_000, " 　\n")]
    [InlineData(1, "\uD800")]
    [InlineData(50, "\0\u0001")]
    public void Parse_HugeOrHostileText_NeverThrows(int repeat, string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeat));
        foreach (var candidate in new[] { text, "≥" + text, "=" + text + "(万元)", "每月" + text + "次", text + "年10月前" })
        {
            AssertStable(candidate, TargetParser.Parse(candidate), s => TargetParser.Parse(s));
            AssertStable(candidate, TargetParser.ParseActual(candidate), s => TargetParser.ParseActual(s));
        }
    }

    [Theory]
    // Regressions found by longer fuzz runs: comparator inside an unknown unit, a reference inside a unit, a sign after
    // a subject, an escaped backslash before `%`, a space before a word comparator, two comparators in a row.
    [InlineData("年玖＝0至少䴦塚")]
    [InlineData("0预算场以上")]
    [InlineData("暗=-12 篇")]
    [InlineData("全年 $\\\\%leq$ 5次")]
    [InlineData("\\ %")]
    [InlineData("\\$geq 5")]
    [InlineData("鉕\uFFFD　至少预算稳定运行率")]
    [InlineData("万元小于$=上一期万元")]
    public void Parse_FormerlyUnstableText_IsStable(string text)
    {
        AssertStable(text, TargetParser.Parse(text), s => TargetParser.Parse(s));
        AssertStable(text, TargetParser.ParseActual(text), s => TargetParser.ParseActual(s));
    }

    [Fact]
    public void Parse_NumberBeyondDecimal_IsUnrecognisedNotThrown()
    {
        var parsed = TargetParser.Parse("≥" + new string('9', 40) + "(元)");

        Assert.Equal(TargetKind.Qualitative, parsed.Kind);
        Assert.True(parsed.HasNote(ParseNote.Unrecognised));
    }

    private static void AssertStable(string text, TargetValue parsed, Func<string, TargetValue> parse)
    {
        Assert.Equal(text, parsed.OriginalText);
        Assert.Equal(TargetFormatter.Format(parsed), parsed.Canonical);
        var reparsed = parse(parsed.Canonical);
        if (!parsed.Equals(reparsed) || reparsed.Canonical != parsed.Canonical)
        {
            Assert.Fail($"Unstable: «{text}» → «{parsed.Canonical}» ({parsed.Kind}) → «{reparsed.Canonical}» ({reparsed.Kind})");
        }
    }

    private static string Mutate(string seed, Random random)
    {
        var builder = new StringBuilder(seed);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), 1);
                    break;
                default:
                    builder.Insert(at, (char)random.Next(0x20, 0xFFFF));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 12);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(2) == 0
                ? Fragments[random.Next(Fragments.Length)]
                : ((char)random.Next(0, 0x10000)).ToString());
        }

        return builder.ToString();
    }
}

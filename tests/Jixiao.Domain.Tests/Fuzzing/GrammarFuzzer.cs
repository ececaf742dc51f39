using System.Text;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Fuzzing;

/// <summary>One string that broke a property, with the property's id (RT-x of target-grammar.md §6).</summary>
public sealed record GrammarFuzzFailure(string Input, bool Actual, string Property, string Detail)
{
    public override string ToString() =>
        $"{Property} ({(Actual ? "actual" : "target")}): «{Shorten(Input)}» — {Detail}";

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + $"…(+{text.Length - 200})";
}

/// <summary>How many strings were fuzzed, how many characters, and every failure (capped).</summary>
public sealed record GrammarFuzzReport(long Strings, long Characters, IReadOnlyList<GrammarFuzzFailure> Failures, TimeSpan Elapsed);

/// <summary>
/// Deterministic fuzzer of the target grammar, shared by the test run (a few hundred thousand strings) and
/// `bench/fuzz` (millions). Strings come from mutations of seed strings (every spec and seed-document string), random
/// Unicode (surrogates and controls included), full-width digits and operators, and very long strings. Each string is
/// parsed as a target and as an actual and checked with <see cref="Check"/>.
/// </summary>
public sealed class GrammarFuzzer(IReadOnlyList<string> seedStrings, int seed)
{
    /// <summary>Environment variable that overrides the number of strings (the bench sets millions).</summary>
    public const string CountVariable = "JIXIAO_FUZZ_STRINGS";

    /// <summary>Every this-many strings one is very long (100,000 characters).</summary>
    public const int LongEvery = 20_000;
    public const int LongLength = 100_000;

    // Fragments that steer mutations into the grammar's corners: comparators in every spelling, LaTeX, units,
    // deadline and frequency words, conditional references, typos and separators.
    private static readonly string[] Fragments =
    [
        "≥", "≤", ">=", "<=", "=", ">", "<", "≧", "≦", "＞＝", "＜＝", "＝", "＞", "＜", "$", "$\\geq$", "\\geq ", "\\leq ", "\\ge", "\\le",
        "\\geqslant", "\\times", "\\%", "%", "％", "(", ")", "（", "）", "/", "／", "*", "＊", "×", "+", "-", "－", ".", "．", ",", "，",
        "：", "、", " ", "　", "\t", "\n", "\r\n", "0", "1", "9", "０", "１", "９", "12", "１２", "0.5", "００．５", "2024", "２０２４",
        "99999999999999999999999999999", "1e5", "-0", "年", "月", "日", "号", "底", "前", "内", "以内", "以上", "以下", "及以上", "每",
        "每月", "每周", "每天", "每年", "每季度", "天", "次", "一", "两", "十", "二十", "至少", "不超过", "不少于", "不低于", "大于等于",
        "小于等于", "小于", "大于", "全年", "稳定运行率", "时，", "预算", "预算内", "上一年度", "上一期", "有所提升", "有所减少", "控制于",
        "万", "万元", "亿元", "千元", "元", "人次", "场", "KB", "MB", "小时", "分钟", "秒", "健全", "建全", "规范", "提升", "是", "否",
        "当年内", "年内完成", "完成", "合格及以上", "7天*24小时", "分数", "运维成本",
    ];

    private static readonly char[] FullWidthOperators = ['＞', '＜', '＝', '％', '（', '）', '／', '．', '＊', '＋', '－', '　', '≧', '≦'];

    private readonly string[] _seeds = seedStrings.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The count from <see cref="CountVariable"/>, else <paramref name="fallback"/>.</summary>
    public static int CountFromEnvironment(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(CountVariable), out var n) && n > 0 ? n : fallback;

    /// <summary>The same <paramref name="count"/> strings for the same seed strings and seed.</summary>
    public IEnumerable<string> Strings(int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return (i % LongEvery) == LongEvery - 1 ? LongString(random)
                : random.Next(10) switch
                {
                    < 6 => Mutate(_seeds[random.Next(_seeds.Length)], random),
                    6 => ToFullWidth(_seeds[random.Next(_seeds.Length)], random),
                    7 => RandomUnicode(random),
                    _ => RandomFragments(random),
                };
        }
    }

    /// <summary>Fuzzes <paramref name="count"/> strings; stops collecting failures at <paramref name="maxFailures"/>.</summary>
    public GrammarFuzzReport Run(int count, int maxFailures = 20)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var failures = new List<GrammarFuzzFailure>();
        long strings = 0, characters = 0;
        foreach (var text in Strings(count))
        {
            strings++;
            characters += text.Length;
            foreach (var actual in new[] { false, true })
            {
                if (failures.Count < maxFailures && Check(text, actual) is { } failure) failures.Add(failure);
            }
        }

        return new GrammarFuzzReport(strings, characters, failures, started.Elapsed);
    }

    /// <summary>
    /// The properties every string must have, as target (<paramref name="actual"/> false) and as actual:
    /// no exception; RT-1/RT-6 OriginalText is the input verbatim; RT-2 Canonical is Format of the model;
    /// RT-3 Parse(Format(m)) == m (model equality, which ignores OriginalText and Notes); RT-4 Format is idempotent
    /// under re-parsing: Format(Parse(Format(Parse(s)))) == Format(Parse(s)).
    /// </summary>
    public static GrammarFuzzFailure? Check(string text, bool actual)
    {
        try
        {
            var parsed = Parse(text, actual);
            if (!string.Equals(parsed.OriginalText, text, StringComparison.Ordinal))
                return new(text, actual, "RT-1", "OriginalText differs from the input");
            var formatted = TargetFormatter.Format(parsed);
            if (!string.Equals(parsed.Canonical, formatted, StringComparison.Ordinal))
                return new(text, actual, "RT-2", $"Canonical «{parsed.Canonical}» ≠ Format «{formatted}»");
            var reparsed = Parse(formatted, actual);
            if (!parsed.Equals(reparsed))
                return new(text, actual, "RT-3", $"«{formatted}» ({parsed.Kind}) re-parses as {reparsed.Kind} «{reparsed.Canonical}»");
            var again = TargetFormatter.Format(reparsed);
            return string.Equals(again, formatted, StringComparison.Ordinal) ? null
                : new(text, actual, "RT-4", $"«{formatted}» → «{again}»");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(text, actual, "no-throw", $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static TargetValue Parse(string text, bool actual) => actual ? TargetParser.ParseActual(text) : TargetParser.Parse(text);

    private static string Mutate(string source, Random random)
    {
        var builder = new StringBuilder(source);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(7))
            {
                case 0:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1 when builder.Length > 0:
                    var start = Math.Min(at, builder.Length - 1);
                    builder.Remove(start, Math.Min(random.Next(1, 4), builder.Length - start));
                    break;
                case 2 when builder.Length > 0:
                    builder[Math.Min(at, builder.Length - 1)] = Fragments[random.Next(Fragments.Length)][0];
                    break;
                case 3 when builder.Length > 1:
                    // Duplicate a slice: repeated comparators, numbers and units.
                    var from = random.Next(builder.Length);
                    var length = random.Next(1, Math.Min(8, builder.Length - from) + 1);
                    builder.Insert(at, builder.ToString(from, length));
                    break;
                case 4:
                    builder.Insert(at, (char)random.Next(0x20, 0xFFFF));
                    break;
                case 5 when builder.Length > 0:
                    // Swap the halves: units before numbers, comparators at the end.
                    var cut = random.Next(builder.Length);
                    var text = builder.ToString();
                    builder.Clear().Append(text[cut..]).Append(text[..cut]);
                    break;
                default:
                    builder.Insert(at, random.Next(3) switch { 0 => " ", 1 => "　", _ => "\n" });
                    break;
            }
        }

        return builder.ToString();
    }

    // ASCII digits, letters and operators replaced by their full-width forms (the grammar's §2 step 3), some at random.
    private static string ToFullWidth(string source, Random random)
    {
        var builder = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            var swap = random.Next(4) != 0;
            builder.Append(c switch
            {
                _ when !swap => c,
                >= '!' and <= '~' => (char)(c + 0xFEE0),
                ' ' => '\u3000',
                '≥' => '≧',
                '≤' => '≦',
                _ => c,
            });
        }

        if (random.Next(3) == 0) builder.Insert(random.Next(builder.Length + 1), FullWidthOperators[random.Next(FullWidthOperators.Length)]);
        return builder.ToString();
    }

    // Any UTF-16 code unit, lone surrogates and control characters included, sometimes around a fragment.
    private static string RandomUnicode(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 24);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(8) switch
            {
                0 => (char)random.Next(0, 0x20),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0xFF00, 0xFFFF),
                3 => (char)random.Next(0x4E00, 0x9FA6),
                _ => (char)random.Next(0, 0x10000),
            });
        }

        if (random.Next(2) == 0) builder.Insert(random.Next(builder.Length + 1), Fragments[random.Next(Fragments.Length)]);
        return builder.ToString();
    }

    private static string RandomFragments(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 10);
        for (var i = 0; i < count; i++) builder.Append(Fragments[random.Next(Fragments.Length)]);
        return builder.ToString();
    }

    private string LongString(Random random)
    {
        var builder = new StringBuilder(LongLength + 64);
        var kind = random.Next(4);
        while (builder.Length < LongLength)
        {
            builder.Append(kind switch
            {
                0 => Fragments[random.Next(Fragments.Length)],
                1 => _seeds[random.Next(_seeds.Length)],
                2 => "9",
                _ => ((char)random.Next(0x4E00, 0x9FA6)).ToString(),
            });
        }

        var text = builder.ToString(0, LongLength);
        return random.Next(3) switch { 0 => "≥" + text, 1 => text + "(万元)", _ => text };
    }
}

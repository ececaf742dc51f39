using System.Globalization;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Tests.Shared;
using static Jixiao.Domain.Tests.Scoring.Form;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>
/// What a case of scoring.md §3 (E3–E19) means: its input cells become a profile and a form, its result cells are
/// asserted against the scorer. The column heads are listed in the paragraph above the examples.
/// </summary>
internal static class ScoringSpecCases
{
    public static readonly string[] RowInputs = ["#", "profile", "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "tier", "偏差原因", "direction set in review"];
    public static readonly string[] RowResults = ["computed", "score", "rule", "findings"];
    public static readonly string[] FormInputs = ["#", "profile", "全年预算数", "全年执行数", "indicators"];
    public static readonly string[] FormResults = ["rate shown", "execution score", "total", "grade", "findings"];
    public static readonly string[] GradeColumns = ["total", "grade"];

    public static bool IsRowCase(SpecCase c) => c.Cells.ContainsKey("指标值");

    public static bool IsFormCase(SpecCase c) => c.Cells.ContainsKey("全年预算数");

    public static bool IsGradeCase(SpecCase c) => c.Cells.Keys.Order().SequenceEqual(GradeColumns.Order());

    /// <summary>The profiles a case runs under: `all`, or one id with `, Option = Value` settings.</summary>
    public static IEnumerable<RuleProfile> Profiles(SpecCase c)
    {
        var parts = (c["profile"] ?? throw new InvalidOperationException($"{c}: no profile")).Split(',', StringSplitOptions.TrimEntries);
        if (parts[0] == "all") return RuleProfiles.All;
        var profile = RuleProfiles.Get(parts[0]);
        foreach (var option in parts.Skip(1))
        {
            var (name, value) = (option.Split('=')[0].Trim(), option.Split('=')[1].Trim());
            profile = name switch
            {
                nameof(RuleProfile.EqualityMode) => profile with { EqualityMode = Enum.Parse<EqualityMode>(value) },
                nameof(RuleProfile.ReverseFormula) => profile with { ReverseFormula = Enum.Parse<ReverseFormula>(value) },
                nameof(RuleProfile.OverAchievementMode) => profile with { OverAchievementMode = Enum.Parse<OverAchievementMode>(value) },
                _ => throw new InvalidOperationException($"{c}: unknown profile option {name}"),
            };
        }
        return [profile];
    }

    public static Indicator Row(SpecCase c, int ordinal = 1) => Form.Row(
        c["三级指标"] ?? throw new InvalidOperationException($"{c}: no 三级指标"),
        TargetParser.Parse(c["指标值"]),
        TargetParser.ParseActual(c["实际完成值"]),
        Number(c["分值"]),
        score: Number(c["得分"]),
        reason: c["偏差原因"],
        level1: c["一级指标"] ?? "产出指标",
        level2: c["二级指标"] ?? "数量指标",
        direction: c["direction set in review"] is { } d ? Enum.Parse<Direction>(d) : null,
        tier: c["tier"] is { } t ? TierOf(t) : null,
        ordinal: ordinal);

    /// <summary>A form with the case's funds and, for `81.00 of 90`, one row fully met (81) and one scored 0 (9).</summary>
    public static Project FormOf(SpecCase c)
    {
        var funds = Funds(Number(c["全年预算数"]), Number(c["全年执行数"]));
        if (c["indicators"] is not { } indicators) return Project(funds);
        var parts = indicators.Split(" of ", StringSplitOptions.TrimEntries);
        var (met, weights) = (Number(parts[0])!.Value, Number(parts[1])!.Value);
        return Project(funds,
            Form.Row("培训场次", TargetParser.Parse("≥10.00(场)"), TargetParser.ParseActual("10 场"), met, ordinal: 1),
            Form.Row("覆盖人数", TargetParser.Parse("≥100.00(人)"), TargetParser.ParseActual("0 人"), weights - met, reason: "未开展", ordinal: 2));
    }

    public static void AssertRow(SpecCase c, RuleProfile profile, IndicatorScore row)
    {
        var why = $"{c} ({profile.Id})";
        if (c["computed"] is { } computed)
        {
            if (computed.StartsWith('—'))
            {
                Assert.True(row.ComputedScore is null, why);
                Assert.True(NotScoredOf(computed[1..].Trim()) == row.NotScoredReason, why);
            }
            else Assert.True(Number(computed) == row.ComputedScore, $"{why}: computed {row.ComputedScore}");
        }
        if (c["score"] is { } score) Assert.True(Number(score) == row.Score, $"{why}: score {row.Score}");
        if (c["rule"] is { } rule) Assert.True(rule == row.Rule, $"{why}: rule {row.Rule}");
        AssertFindings(c["findings"], row.Findings, why);
    }

    public static void AssertForm(SpecCase c, RuleProfile profile, ProjectScore result)
    {
        var why = $"{c} ({profile.Id})";
        if (c["rate shown"] is { } shown) Assert.True(Number(shown) == result.ExecutionRateDisplay, $"{why}: rate shown {result.ExecutionRateDisplay}");
        if (c["execution score"] is { } execution)
        {
            Assert.True(execution != "不适用" == result.ExecutionApplicable, why);
            Assert.True((execution == "不适用" ? null : Number(execution)) == result.ExecutionScore, $"{why}: execution score {result.ExecutionScore}");
        }
        if (c["total"] is { } total) Assert.True(Number(total) == result.ComputedTotal, $"{why}: total {result.ComputedTotal}");
        if (c["grade"] is { } grade) Assert.True(GradeOf(grade) == result.ComputedGrade, $"{why}: grade {result.ComputedGrade}");
        AssertFindings(c["findings"], result.Findings, why);
    }

    /// <summary>`SE-12 W (d=32.00%), SE-06 E, no SE-07`: raised with that severity (and evidence), or not raised.</summary>
    private static void AssertFindings(string? expected, IReadOnlyList<Finding> findings, string why)
    {
        foreach (var item in (expected ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.StartsWith("no ", StringComparison.Ordinal))
            {
                Assert.True(findings.All(f => f.RuleId != item[3..]), $"{why}: {item}");
                continue;
            }
            var words = item.Split(' ', 3);
            var found = findings.Where(f => f.RuleId == words[0]).ToList();
            Assert.True(found.Count > 0, $"{why}: {words[0]} not raised");
            var severity = words[1] switch { "E" => Severity.Error, "W" => Severity.Warning, "I" => Severity.Info, _ => throw new InvalidOperationException($"{why}: severity {words[1]}") };
            Assert.True(found.All(f => f.Severity == severity), $"{why}: {words[0]} severity {found[0].Severity}");
            // A live form's Error blocks submit (review-rules.md: **E** blocks submit/confirm).
            Assert.True(found.All(f => f.Blocks == (severity == Severity.Error)), $"{why}: {words[0]} blocks");
            if (words.Length == 3) Assert.True(found.Any(f => f.Evidence == words[2].Trim('(', ')')), $"{why}: evidence {found[0].Evidence}");
        }
    }

    public static Grade GradeOf(string name) => Enum.GetValues<Grade>().Single(g => g.DisplayName() == name);

    private static Tier TierOf(string name) => name switch
    {
        "达成" => Tier.Achieved,
        "部分达成" => Tier.PartiallyAchieved,
        "未达成" => Tier.NotAchieved,
        _ => throw new InvalidOperationException($"unknown tier {name}"),
    };

    private static NotScoredReason NotScoredOf(string why) => why switch
    {
        "manual tier" => NotScoredReason.ManualTier,
        "comparison" => NotScoredReason.Comparison,
        "not comparable" => NotScoredReason.NotComparable,
        "empty" => NotScoredReason.Empty,
        _ => throw new InvalidOperationException($"unknown reason for no score: {why}"),
    };

    public static decimal? Number(string? cell) => cell is null ? null
        : decimal.Parse(cell.Replace(",", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture);
}

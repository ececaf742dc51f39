using System.Globalization;
using System.Text.Json;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Scoring.Golden;

/// <summary>
/// A deterministic batch of self-evaluation forms built from the seed target strings (fixtures/grammar): every target
/// against plain, scaled, converted, blank, comparison, repeated, boolean and deadline actuals, with names, categories,
/// weights, entered scores, tiers, 偏差原因, explicit directions, 不适用 and budgets chosen to reach every scoring path.
/// </summary>
internal static class GoldenBatch
{
    private static readonly (string Level1, string Level2)[] Categories =
    [
        ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"), ("成本指标", "经济成本指标"),
        ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标"), ("产出指标", "成本指标"),
    ];

    private static readonly string[] Names =
    [
        "服务人次", "投诉次数", "运行成本", "故障发生率", "培训场次", "宣传册数量", "服务对象满意度", "差错率", "系统运行情况",
        "办结时限", "设备完好率", "费用控制", "事故次数", "发文篇数",
    ];

    private static readonly decimal?[] Weights = [2.38m, 3.57m, 5m, 2.94m, 0.15m, 10m, 4.17m, 3.85m, 1.45m, null, 0m, 7.14m];
    private static readonly decimal[] Factors = [1m, 0.5m, 0.875m, 1.3m, 1.45m, 0m, 2m, 1.2m, 0.8m, 1.06m];
    private static readonly string?[] Reasons = [null, null, "无", "受疫情影响，部分活动延期", "/"];

    public static IReadOnlyList<string> SeedStrings() =>
        JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed-strings.json")))!;

    public static IReadOnlyList<Project> Build(int projects = 300, int seed = 7)
    {
        var strings = SeedStrings();
        var rng = new Random(seed);
        var result = new List<Project>(projects);
        for (var p = 0; p < projects; p++)
        {
            var rows = new List<Indicator>();
            var count = 6 + rng.Next(0, 14);
            for (var n = 0; n < count; n++)
            {
                var targetText = strings[rng.Next(strings.Count)];
                var target = TargetParser.Parse(targetText);
                var (l1, l2) = Categories[rng.Next(Categories.Length)];
                var weight = Weights[rng.Next(Weights.Length)];
                rows.Add(new Indicator
                {
                    Level1 = l1,
                    Level2 = l2,
                    Name = Names[rng.Next(Names.Length)] + (n + 1).ToString(CultureInfo.InvariantCulture),
                    Target = target,
                    Actual = TargetParser.ParseActual(ActualText(target, targetText, strings, rng)),
                    Weight = weight,
                    Score = rng.Next(4) == 0 && weight is { } w ? Math.Round(w * rng.Next(0, 121) / 100m, 2) : null,
                    DeviationReason = Reasons[rng.Next(Reasons.Length)],
                    Direction = rng.Next(12) switch { 0 => Direction.Positive, 1 => Direction.Reverse, _ => null },
                    Tier = rng.Next(6) switch { 0 => Tier.Achieved, 1 => Tier.PartiallyAchieved, 2 => Tier.NotAchieved, _ => null },
                    NotApplicable = rng.Next(20) == 0,
                    Ordinal = n + 1,
                });
            }
            result.Add(new Project
            {
                Name = "项目" + p.ToString(CultureInfo.InvariantCulture),
                Form = FormKind.SelfEvaluation,
                TemplateId = "district-2024",
                Year = rng.Next(15) == 0 ? null : 2023,
                Indicators = rows,
                Evaluation = Evaluation(rng),
            });
        }
        return result;
    }

    private static string ActualText(TargetValue target, string targetText, IReadOnlyList<string> strings, Random rng)
    {
        switch (rng.Next(14))
        {
            case 0: return "";
            case 1: return strings[rng.Next(strings.Count)];
            case 2: return rng.Next(2) == 0 ? "是" : "否";
            case 3: return ">=3 次";
            case 4: return rng.Next(2) == 0 ? "当年内" : "每月15日前";
            case 5: return Strip(targetText);
        }
        if (target.Value is not { } t) return Strip(targetText);
        var a = t * Factors[rng.Next(Factors.Length)];
        var unit = target.Unit?.Text ?? "";
        // Other units and periods of the same measure (AV-3/AV-4), or the unit left off.
        switch (rng.Next(8))
        {
            case 0 when unit == "万元": return N(a * 10_000m) + "元";
            case 0 when unit == "小时": return N(a * 60m) + "分钟";
            case 0 when unit == "%": return N(a);
            case 1: return N(a);
            case 2: return "全年" + N(a) + unit;
            case 3 when unit.Length > 0: return N(a) + unit + "/月";
        }
        return N(a) + unit;
    }

    private static string N(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Strip(string text) =>
        string.Concat(text.Where(c => "≥≤=<>＞＜".IndexOf(c) < 0)).Trim();

    private static SelfEvaluation Evaluation(Random rng)
    {
        decimal? budget = rng.Next(10) switch { 0 => 0m, 1 => null, _ => 250_000m };
        decimal? spent = rng.Next(8) switch { 0 => null, 1 => 260_000m, 2 => 9_034m, 3 => 166_666.67m, _ => 215_457.60m };
        return new SelfEvaluation
        {
            Total = new FundRow(rng.Next(3) == 0 ? 200_000m : budget, budget, spent),
            CurrentYearAppropriation = rng.Next(4) == 0 ? new FundRow(100_000m, 100_000m, 120_000m) : null,
            ExecutionWeight = rng.Next(6) switch { 0 => null, 1 => 20m, _ => 10m },
            PrintedExecutionRate = rng.Next(3) == 0 ? 0.8618m : rng.Next(4) == 0 ? 1.0773m : null,
            PrintedExecutionScore = rng.Next(3) == 0 ? 8.62m : null,
            PrintedTotal = rng.Next(3) == 0 ? 91.5m : null,
        };
    }
}

using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Tests.Scoring.Form;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>分值 proposed from the profile's pools when a 自评表 starts, and SE-09 once per pool (issue 15).</summary>
public class WeightPrefillTests
{
    private static readonly RuleProfile Sh = RuleProfiles.ShDistrict;

    private static Indicator R(string level1, int ordinal, decimal? weight = null) =>
        Row($"指标{ordinal}", Tv.Quant(Comparator.Ge, 1m, "次"), Tv.Actual(1m, "次"), weight, level1: level1, ordinal: ordinal);

    /// <summary>13 rows as the form had them: 产出 4 + 成本 2, 效益 3, 满意度 4, all blank.</summary>
    private static Indicator[] Thirteen() =>
    [
        R("产出指标", 1), R("产出指标", 2), R("产出指标", 3), R("产出指标", 4), R("成本指标", 5), R("成本指标", 6),
        R("效益指标", 7), R("效益指标", 8), R("效益指标", 9),
        R("满意度指标", 10), R("满意度指标", 11), R("满意度指标", 12), R("满意度指标", 13),
    ];

    [Fact]
    public void Of_BlankRows_EachPoolSumsExactlyRemainderOnItsLastRow()
    {
        var rows = Thirteen();
        var weights = WeightPrefill.Of(rows, Sh);
        // 50 ÷ 6 = 8.33 (×5) + 8.35; 30 ÷ 3 = 10; 10 ÷ 4 = 2.5.
        Assert.Equal([8.33m, 8.33m, 8.33m, 8.33m, 8.33m, 8.35m, 10m, 10m, 10m, 2.5m, 2.5m, 2.5m, 2.5m], weights);
        var weighted = rows.Select((r, i) => r with { Weight = weights[i] }).ToArray();
        var score = Scorer.Score(Project(null, weighted), Sh, ScoringMode.Live);
        Assert.DoesNotContain(score.Findings, f => f.RuleId == "SE-09");
    }

    [Fact]
    public void Of_WeightsAlreadyGiven_KeptAndOnlyTheRestSplit()
    {
        var weights = WeightPrefill.Of([R("产出指标", 1, 20m), R("产出指标", 2), R("产出指标", 3), R("效益指标", 4, 30m), R("其他", 5)], Sh);
        Assert.Equal([20m, 15m, 15m, 30m, null], weights);
    }

    [Fact]
    public void Weights_TenOnEveryRow_OneFindingPerPoolNamingSumAndWeight()
    {
        var rows = Thirteen().Select(r => r with { Weight = 10m }).ToArray();
        var se09 = Scorer.Score(Project(null, rows), Sh, ScoringMode.Live).AllFindings.Where(f => f.RuleId == "SE-09").ToList();
        Assert.Equal(
        [
            "分值合计不符合权重要求：产出指标、成本指标分值合计为 60，应为 50。",
            "分值合计不符合权重要求：满意度指标分值合计为 40，应为 10。",
        ], se09.Select(f => f.Message));
    }

    [Fact]
    public void Weights_AllBlank_OneFindingPerPoolNotPerRow()
    {
        var se09 = Scorer.Score(Project(null, Thirteen()), Sh, ScoringMode.Live).AllFindings.Where(f => f.RuleId == "SE-09").ToList();
        Assert.Equal(["产出", "效益", "满意度"], se09.Select(f => f.Field));
        Assert.Equal("分值合计不符合权重要求：产出指标、成本指标分值合计为 0，应为 50（6 行分值未填写或不大于 0）。", se09[0].Message);
    }
}

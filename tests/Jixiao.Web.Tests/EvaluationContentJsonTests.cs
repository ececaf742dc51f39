using System.Text.Json;
using Jixiao.Data.Content;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Web.Tests;

/// <summary>
/// Stored 自评表 content and score snapshots: schema 3 is written (项目资金 rows under `funds` by grid key, ADR-022); schema 2
/// (each row a property of its own) and schema 1 (stored before ADR-018) still load.
/// </summary>
public class EvaluationContentJsonTests
{
    private static readonly Guid RowKey = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");

    // A 自评表 stored by the schema-1 writer (EvaluationContent.ToJson in Jixiao.Data before ADR-018), abridged.
    private const string V1 = """
        {
          "schemaVersion": 1,
          "total": { "initialBudget": 350000.00, "adjustedBudget": 152919.8, "expenditure": 152919.80 },
          "currentYearAppropriation": { "initialBudget": 350000.00, "adjustedBudget": 152919.8, "expenditure": 152919.80 },
          "priorYearCarryover": { "initialBudget": 0.00, "adjustedBudget": 0.00, "expenditure": null },
          "otherFunds": null,
          "executionWeight": 10,
          "printedExecutionRate": 1.0000,
          "printedExecutionScore": 10,
          "printedWeightTotal": 100,
          "printedTotal": 94,
          "expectedGoal": "预期目标文字",
          "actualOutcome": "实际完成情况文字",
          "rows": { "6f9619ff-8b86-d011-b42d-00c04fc964ff": { "actualText": "≥4场", "weight": 5.0, "score": 4.5, "tier": "PartiallyAchieved", "deviationReason": "培训推迟" } }
        }
        """;

    // A 自评表 stored by the schema-2 writer (every figure as its original text, each 项目资金 row a property), abridged.
    private const string V2 = """
        {
          "schemaVersion": 2,
          "total": { "initialBudget": "350,000.00", "adjustedBudget": "152,919.8", "expenditure": "152919.80" },
          "currentYearAppropriation": { "initialBudget": "350,000.00", "adjustedBudget": "152,919.8", "expenditure": "152919.80" },
          "priorYearCarryover": { "initialBudget": "0", "adjustedBudget": "0.00", "expenditure": null },
          "otherFunds": null,
          "executionWeight": "10",
          "printedExecutionRate": "100.00%",
          "printedExecutionScore": "10",
          "printedWeightTotal": "100",
          "printedTotal": "94.0",
          "expectedGoal": "预期目标文字",
          "actualOutcome": "实际完成情况文字",
          "rows": { "6f9619ff-8b86-d011-b42d-00c04fc964ff": { "actualText": "≥4场", "weight": "5.00", "score": "4.5", "tier": "PartiallyAchieved", "deviationReason": "培训推迟" } }
        }
        """;

    // A snapshot stored by the schema-1 writer (SelfEvaluationScoreDto serialized at submission), abridged.
    private const string SnapshotV1 = """
        {
          "profileTag": "SH-DIST@2024", "mode": "Live", "executionRateDisplay": 100.00, "executionWeight": 10, "executionScore": 10,
          "printedExecutionScore": null, "executionApplicable": true, "computedTotal": 91.5, "computedGrade": "优", "printedTotal": 85,
          "printedGrade": "良", "blocksSubmit": false, "weightTotal": 100, "adjustedBudget": null, "initialBudget": null, "expenditure": null,
          "trail": ["执行率 100.00%"],
          "findings": [ { "ruleId": "SE-06", "severity": "Warning", "message": "未填偏差原因", "indicator": "培训场次", "field": null, "blocks": false, "text": "SE-06 …" } ],
          "blocking": [],
          "rows": [ { "key": "6f9619ff-8b86-d011-b42d-00c04fc964ff", "name": "培训场次", "weight": 5, "computedScore": 4.5, "score": 4.5, "printedScore": null,
                      "rule": "SC-10", "notScoredReason": "ManualTier", "tier": "PartiallyAchieved", "tierName": "部分达成", "usesPrintedScore": false,
                      "manualEntry": true, "trail": ["4/5"], "findings": [] } ]
        }
        """;

    private static Project Declared() => new()
    {
        Name = "科技政策培训",
        Form = FormKind.DistrictDeclaration,
        TemplateId = "SH-DIST-2024",
        AnnualGoal = "年度总体目标",
        Indicators = [new Indicator { Key = RowKey, Level1 = "产出指标", Level2 = "数量指标", Name = "培训场次", Target = TargetParser.Parse("≥4场"), Ordinal = 1 }],
    };

    // A 自评表 stored by the schema-3 writer before fields were kept by key (no `fields`), abridged.
    private const string V3WithoutFields = """
        {
          "schemaVersion": 3,
          "funds": { "total": { "initialBudget": "350,000.00", "adjustedBudget": null, "expenditure": null } },
          "executionWeight": "10",
          "actualOutcome": "实际完成情况文字",
          "rows": {}
        }
        """;

    [Fact]
    public void SchemaThree_WithoutFields_StillLoads_WithNoFields()
    {
        var content = EvaluationContentJson.Read(V3WithoutFields);

        Assert.Empty(content.Fields);
        Assert.Equal("实际完成情况文字", content.ActualOutcome);
        Assert.Equal(Declared().Fields, content.Apply(Declared(), t => TargetParser.ParseActual(t)).Fields);
    }

    [Fact]
    public void FieldsKeptByKey_RoundTrip_AndLieOverTheDeclarations()
    {
        var content = new EvaluationContent { Fields = new Dictionary<string, string> { ["deviationSummary"] = "培训推迟。", ["projectLead"] = "李四" } };

        var json = EvaluationContentJson.Write(content);
        var back = EvaluationContentJson.Read(json);

        Assert.Equal("培训推迟。", JsonDocument.Parse(json).RootElement.GetProperty("fields").GetProperty("deviationSummary").GetString());
        Assert.Equal(content.Fields, back.Fields);
        var declared = Declared() with { Fields = new Dictionary<string, string> { ["projectLead"] = "张三", ["budgetCode"] = "2024-01" } };
        var evaluated = back.Apply(declared, t => TargetParser.ParseActual(t));
        Assert.Equal(new Dictionary<string, string> { ["projectLead"] = "李四", ["budgetCode"] = "2024-01", ["deviationSummary"] = "培训推迟。" }, evaluated.Fields);
    }

    [Fact]
    public void SchemaOne_StillLoads_EveryValueKept()
    {
        var content = EvaluationContentJson.Read(V1);
        var p = content.Apply(Declared(), t => TargetParser.ParseActual(t));

        var e = p.Evaluation!;
        Assert.Equal(new FundRow(350_000m, 152_919.8m, 152_919.8m), e.Total);
        Assert.Equal(new FundRow(0m, 0m, null), e.PriorYearCarryover);
        Assert.Null(e.OtherFunds);
        Assert.Equal((10m, 1m, 10m, 100m, 94m), (e.ExecutionWeight, e.PrintedExecutionRate, e.PrintedExecutionScore, e.PrintedWeightTotal, e.PrintedTotal));
        Assert.Equal(("预期目标文字", "实际完成情况文字"), (e.ExpectedGoal, e.ActualOutcome));
        var row = Assert.Single(p.Indicators);
        Assert.Equal(("≥4场", 5m, 4.5m, Tier.PartiallyAchieved, "培训推迟"), (row.Actual?.OriginalText, row.Weight, row.Score, row.Tier, row.DeviationReason));
        // The stored digits become the texts (scale kept), the fraction a percentage.
        Assert.Equal(("350000.00", "152919.8", "100.0000%"), (content.Total.InitialBudget, content.Total.AdjustedBudget, content.PrintedExecutionRate));
        Assert.Equal(EvaluationContent.CurrentSchemaVersion, content.SchemaVersion);
    }

    [Fact]
    public void SchemaTwo_StillLoads_EveryRowByItsGridKey_TextsKept()
    {
        var content = EvaluationContentJson.Read(V2);
        var e = content.Apply(Declared(), t => TargetParser.ParseActual(t)).Evaluation!;

        Assert.Equal(new FundRow(350_000m, 152_919.8m, 152_919.8m), e.Total);
        Assert.Equal(new FundRow(350_000m, 152_919.8m, 152_919.8m), e.CurrentYearAppropriation);
        Assert.Equal(new FundRow(0m, 0m, null), e.PriorYearCarryover);
        Assert.Null(e.OtherFunds);
        Assert.Equal((10m, 1m, 94m), (e.ExecutionWeight, e.PrintedExecutionRate, e.PrintedTotal));
        Assert.Equal(["total", "currentYearAppropriation", "priorYearCarryover"], content.Funds.Keys);
        Assert.Equal(("350,000.00", "152,919.8", "0.00"), (content.Total.InitialBudget, content.Row("currentYearAppropriation")!.AdjustedBudget, content.Row("priorYearCarryover")!.AdjustedBudget));
        Assert.Equal(EvaluationContent.CurrentSchemaVersion, content.SchemaVersion);
        // Written again, it is schema 3 with the same texts.
        var again = EvaluationContentJson.Read(EvaluationContentJson.Write(content));
        Assert.Equal(content.Funds, again.Funds);
    }

    [Fact]
    public void Written_IsSchemaThree_EveryFigureAsItsOriginalText_RowsUnderFundsByGridKey()
    {
        var evaluated = Declared() with
        {
            Form = FormKind.SelfEvaluation,
            Indicators = [Declared().Indicators[0] with { Actual = TargetParser.ParseActual("5场"), Weight = 5m, Score = 5m }],
            Evaluation = new SelfEvaluation
            {
                Total = new FundRow(350_000m, 152_919.8m, 152_919.8m),
                ExecutionWeight = 10m,
                PrintedExecutionRate = 1m,
                PrintedTotal = 94m,
                Texts = new Dictionary<string, string>
                {
                    [EvaluationTextKeys.Fund("total", "initialBudget")] = "350,000.00",
                    [EvaluationTextKeys.Fund("total", "adjustedBudget")] = "152,919.8",
                    [EvaluationTextKeys.PrintedExecutionRate] = "100.00%",
                    [EvaluationTextKeys.PrintedTotal] = "94.0",
                    [EvaluationTextKeys.Row(1, "weight")] = "5.00",
                    // A text that does not read as its value gives way to the value.
                    [EvaluationTextKeys.Fund("total", "expenditure")] = "15万",
                },
            },
        };

        var json = EvaluationContentJson.Write(EvaluationContent.FromDomain(evaluated, [RowKey]));
        var root = JsonDocument.Parse(json).RootElement;

        Assert.Equal(3, root.GetProperty("schemaVersion").GetInt32());
        Assert.False(root.TryGetProperty("total", out _)); // the rows live under `funds` only
        var total = root.GetProperty("funds").GetProperty("total");
        Assert.Equal(("350,000.00", "152,919.8", "152919.8"),
            (total.GetProperty("initialBudget").GetString(), total.GetProperty("adjustedBudget").GetString(), total.GetProperty("expenditure").GetString()));
        Assert.Equal(("100.00%", "94.0", "10"),
            (root.GetProperty("printedExecutionRate").GetString(), root.GetProperty("printedTotal").GetString(), root.GetProperty("executionWeight").GetString()));
        Assert.Equal("5.00", root.GetProperty("rows").GetProperty(RowKey.ToString()).GetProperty("weight").GetString());
        var back = EvaluationContentJson.Read(json).Apply(Declared(), t => TargetParser.ParseActual(t));
        Assert.Equal(evaluated.Evaluation with { ExpectedGoal = "年度总体目标" }, back.Evaluation);
        Assert.Equal((5m, 5m), (back.Indicators[0].Weight, back.Indicators[0].Score));
    }

    [Fact]
    public void ScoreSnapshot_SchemaOne_StillLoads_GradesAsValues()
    {
        var s = ScoreSnapshotJson.Read(SnapshotV1);

        Assert.Equal((Grade.Excellent, Grade.Good), (s.ComputedGrade, s.PrintedGrade));
        Assert.Equal("优", s.GradeName());
        Assert.Equal((ScoringMode.Live, 91.5m, 100m), (s.Mode, s.ComputedTotal, s.WeightTotal));
        var finding = Assert.Single(s.Findings);
        Assert.Equal(("SE-06", Domain.Review.Severity.Warning, "培训场次"), (finding.RuleId, finding.Severity, finding.Indicator));
        var row = Assert.Single(s.Rows);
        Assert.Equal((RowKey, NotScoredReason.ManualTier, Tier.PartiallyAchieved, 4.5m), (row.Key!.Value, row.NotScoredReason!.Value, row.Tier!.Value, row.Score!.Value));
    }

    [Fact]
    public void ScoreSnapshot_Written_StoresTheGradeAsAValue_NotItsText()
    {
        var evaluated = EvaluationContentJson.Read(V1).Apply(Declared(), t => TargetParser.ParseActual(t));
        var score = Scorer.Score(evaluated, RuleProfiles.ShDistrict, ScoringMode.Live);

        var json = ScoreSnapshotJson.Write(ScoreSnapshot.Of(score));
        var root = JsonDocument.Parse(json).RootElement;

        Assert.Equal(ScoreSnapshot.CurrentSchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(score.ComputedGrade.ToString(), root.GetProperty("computedGrade").GetString());
        Assert.DoesNotContain("\"优\"", json, StringComparison.Ordinal);
        var back = ScoreSnapshotJson.Read(json);
        Assert.Equal((score.ComputedTotal, score.ComputedGrade, score.ComputedGrade.DisplayName()), (back.ComputedTotal, back.ComputedGrade, back.GradeName()));
        Assert.Equal(score.Rows.Select(r => (r.Indicator.Key, r.Score, r.Rule)), back.Rows.Select(r => (r.Key, r.Score, r.Rule)));
    }
}

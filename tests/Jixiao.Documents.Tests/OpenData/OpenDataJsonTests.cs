using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Documents.OpenData;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Tests.OpenData;

public class OpenDataJsonTests
{
    public static TheoryData<string, Func<byte[]>> Documents => new()
    {
        { "targets, district 2024 (A)", () => OpenDataJson.Targets(OpenDataSamples.Targets(Seeds.District2024A)) },
        { "targets, district 2024 (B)", () => OpenDataJson.Targets(OpenDataSamples.Targets(Seeds.District2024B)) },
        { "targets, municipal 2020 with sub-projects", () => OpenDataJson.Targets(OpenDataSamples.Targets(Seeds.Municipal2020)) },
        { "self-evaluations 2023, scored", () => OpenDataJson.SelfEvaluations(OpenDataSamples.Evaluations(Seeds.SelfEvaluation2023)) },
        { "disclosure 2021, published", () => OpenDataJson.Disclosures([new ReleasedDisclosure(OpenDataSamples.Disclosure(), 2, new DateTimeOffset(2021, 2, 5, 9, 0, 0, TimeSpan.FromHours(8)), "更正表3合计")]) },
        { "empty data sets", () => OpenDataJson.Targets([]) },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Serialize_SeedData_ValidatesAgainstTheSchemaFile(string reason, Func<byte[]> write)
    {
        using var json = JsonDocument.Parse(write());

        var errors = new SchemaSubsetValidator(OpenDataSamples.Schema()).Validate(json.RootElement);

        Assert.True(errors.Count == 0, $"{reason}: {string.Join("\n", errors.Take(20))}");
        Assert.Equal("1.0", json.RootElement.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public void EmbeddedSchema_IsTheRepositoryFile()
    {
        Assert.Equal(File.ReadAllBytes(OpenDataSamples.RepositorySchemaPath()), OpenDataSchema.V1());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", OpenDataSamples.Schema().GetProperty("$schema").GetString());
    }

    /// <summary>The validator itself must reject what the schema forbids, or the validation test proves nothing.</summary>
    public static TheoryData<string, Action<JsonObject>> Breakages => new()
    {
        { "schemaVersion missing", d => d.Remove("schemaVersion") },
        { "schemaVersion other than 1.0", d => d["schemaVersion"] = "2.0" },
        { "amount written as text", d => d["projects"]![0]!["funds"]!["annualRequestTotal"] = "1,443,356.00" },
        { "indicator without its name", d => d["projects"]![0]!["indicators"]![0]!.AsObject().Remove("name") },
        { "unknown property", d => d["projects"]![0]!["extra"] = 1 },
        { "draft state", d => d["projects"]![0]!["state"] = "Draft" },
        { "date in another format", d => d["projects"]![0]!["plannedStart"] = "2024/01/01" },
        { "kind of another data set", d => d["kind"] = "disclosure" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Validate_BrokenDocument_Rejected(string reason, Action<JsonObject> breakIt)
    {
        var document = JsonNode.Parse(OpenDataJson.Targets(OpenDataSamples.Targets(Seeds.District2024A)))!.AsObject();
        document["projects"]![0]!["plannedStart"] = "2024-01-01";
        breakIt(document);

        var errors = new SchemaSubsetValidator(OpenDataSamples.Schema()).Validate(JsonDocument.Parse(document.ToJsonString()).RootElement);

        Assert.True(errors.Count > 0, reason);
    }

    [Fact]
    public void Targets_Money_WrittenAsExactJsonNumbers()
    {
        var released = OpenDataSamples.Targets(Seeds.District2024A);
        using var json = JsonDocument.Parse(OpenDataJson.Targets(released));

        var first = json.RootElement.GetProperty("projects")[0];
        var amount = first.GetProperty("funds").GetProperty("annualRequestTotal");

        Assert.Equal(JsonValueKind.Number, amount.ValueKind);
        Assert.Equal(released[0].Project.Funds.AnnualRequestTotal, amount.GetDecimal());
        Assert.Equal(released[0].Project.Indicators.Count, first.GetProperty("indicators").GetArrayLength());
        Assert.Equal(released[0].Project.Name, first.GetProperty("name").GetString());
    }

    [Fact]
    public void SelfEvaluations_ScoresAndGradeFromTheScorer()
    {
        var released = OpenDataSamples.Evaluations(Seeds.SelfEvaluation2023);
        using var json = JsonDocument.Parse(OpenDataJson.SelfEvaluations(released));

        var evaluations = json.RootElement.GetProperty("evaluations");

        Assert.Equal(released.Count, evaluations.GetArrayLength());
        for (var i = 0; i < released.Count; i++)
        {
            Assert.Equal(released[i].Score.ComputedTotal, evaluations[i].GetProperty("totalScore").GetDecimal());
            Assert.Equal(released[i].Score.ComputedGrade.DisplayName(), evaluations[i].GetProperty("grade").GetString());
            Assert.Equal(released[i].Score.Rows.Count, evaluations[i].GetProperty("indicators").GetArrayLength());
        }
    }

    [Fact]
    public void Disclosure_EveryAmountCellOnce()
    {
        var disclosure = OpenDataSamples.Disclosure();
        using var json = JsonDocument.Parse(OpenDataJson.Disclosures([new ReleasedDisclosure(disclosure)]));

        var amounts = json.RootElement.GetProperty("disclosures")[0].GetProperty("tables").EnumerateArray()
            .SelectMany(t => t.GetProperty("rows").EnumerateArray())
            .SelectMany(r => r.GetProperty("amounts").EnumerateObject())
            .Count();

        Assert.Equal(DisclosureCells.Of(disclosure).Count, amounts);
        Assert.Equal(DisclosureCells.Of(disclosure).Select(c => c.Table).Distinct().Count(),
            json.RootElement.GetProperty("disclosures")[0].GetProperty("tables").GetArrayLength());
    }
}

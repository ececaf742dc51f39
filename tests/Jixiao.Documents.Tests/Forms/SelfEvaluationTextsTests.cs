using Jixiao.Documents.Tests.Layout;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>An imported 自评表 keeps every figure's printed text in its stored content (ADR-018), not only the actuals.</summary>
public sealed class SelfEvaluationTextsTests
{
    [Fact]
    public void Seed004_StoredContent_KeepsEveryPrintedFigureAsItsText()
    {
        var p = RoundTrip.ImportSeed(Seeds.SelfEvaluation2023).Package.Projects[0];
        var keys = p.Indicators.Select(_ => Guid.NewGuid()).ToList();

        var content = EvaluationContent.FromDomain(p, keys);

        Assert.Equal(("350000.00", "152919.80", "152,919.8"), (content.Total.InitialBudget, content.Total.AdjustedBudget, content.Total.Expenditure));
        Assert.Equal(("10", "100.00%", "10"), (content.ExecutionWeight, content.PrintedExecutionRate, content.PrintedExecutionScore));
        Assert.Equal(("100", "94"), (content.PrintedWeightTotal, content.PrintedTotal));
        var first = content.Rows[keys[0]];
        Assert.Equal((p.Indicators[0].Actual?.OriginalText, "5", "5"), (first.ActualText, first.Weight, first.Score));
        // The texts read back as the values the scorer takes.
        Assert.Equal(p.Evaluation, content.ToEvaluation());
        Assert.Equal(p.Indicators.Select(i => (i.Weight, i.Score)), keys.Select(k => (content.Rows[k].ReadWeight(), content.Rows[k].ReadScore())));
    }
}

/// <summary>An imported 自评表 keeps the texts of its definition's fields kept by key (EvaluationContent.Fields), and only those.</summary>
public sealed class SelfEvaluationKeyedFieldsTests
{
    private static readonly FormDefinition WithContact = SelfEvaluationForms.District2023 with
    {
        Fields =
        [
            .. SelfEvaluationForms.District2023.Fields,
            new FieldDefinition { Key = "evaluationContact", Label = "自评联系人", Kind = FieldKind.Text, Place = new(FormBlocks.Goals, 2, 1, 2) },
        ],
    };

    [Fact]
    public void FromDomain_FillsFields_ForTheDefinitionsStoredKeys_ThatTheFormHas()
    {
        var imported = RoundTrip.ImportSeed(Seeds.SelfEvaluation2023).Package.Projects[0];
        var p = imported with
        {
            Fields = new Dictionary<string, string>(imported.Fields) { ["evaluationContact"] = "李四", ["projectLead"] = "张三" },
        };
        var keys = p.Indicators.Select(_ => Guid.NewGuid()).ToList();

        var content = EvaluationContent.FromDomain(p, keys, WithContact);

        // The definition's own field, by key; a declaration field the project also holds stays the declaration's.
        Assert.Equal(new Dictionary<string, string> { ["evaluationContact"] = "李四" }, content.Fields);
        // Read back through the definition, on the evaluated project.
        Assert.Equal("李四", WithContact.Field("evaluationContact")!.Text(content.Apply(p with { Fields = new Dictionary<string, string>() }, t => Jixiao.Domain.Targets.TargetParser.ParseActual(t))));
    }

    [Fact]
    public void FromDomain_LeavesFieldsEmpty_WhenTheFormDidNotPrintThem()
    {
        var p = RoundTrip.ImportSeed(Seeds.SelfEvaluation2023).Package.Projects[0];

        Assert.Empty(EvaluationContent.FromDomain(p, p.Indicators.Select(_ => Guid.NewGuid()).ToList(), WithContact).Fields);
    }
}

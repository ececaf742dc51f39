using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.OpenData;

/// <summary>Pure mapping from the domain to the version-1 open-data records; no rule is re-implemented here.</summary>
public static class OpenDataMapper
{
    public const string SchemaVersion = "1.0";

    public static OpenTargetsV1 Targets(IEnumerable<ReleasedTargets> released) =>
        new(SchemaVersion, "targets", released.Select(Project).ToList());

    public static OpenSelfEvaluationsV1 SelfEvaluations(IEnumerable<ReleasedEvaluation> released) =>
        new(SchemaVersion, "selfEvaluations", released.Select(Evaluation).ToList());

    public static OpenDisclosureV1 Disclosures(IEnumerable<ReleasedDisclosure> released) =>
        new(SchemaVersion, "disclosure", released.Select(Package).ToList());

    /// <summary>The named header properties of a published project (<see cref="FieldDefinition.OpenData"/>).</summary>
    public static PublishedName? Targets(FieldDefinition field) => field.OpenData;

    /// <summary>The named header properties of a published self-evaluation (the declaration fields marked for them).</summary>
    public static PublishedName? Evaluations(FieldDefinition field) => field.OpenData is { OnSelfEvaluations: true } at ? at : null;

    private static OpenProjectV1 Project(ReleasedTargets r)
    {
        var p = r.Project;
        return new OpenProjectV1(r.Id, r.UnitName, p.Year, r.State, r.Version, p.Name, p.TemplateId,
            PublishedFields.Of(p, Targets), FormDefinitions.Texts(p),
            p.Indicators.Select(i => new OpenIndicatorV1(i.Key, i.Ordinal, i.Level1, i.Level2, i.Name, i.Target.OriginalText,
                i.Target.Canonical, i.Target.Kind.ToString(), i.Target.Op == Comparator.None ? null : i.Target.Op.Symbol(),
                i.Target.Value, i.Target.Unit?.Text)).ToList());
    }

    private static OpenEvaluationV1 Evaluation(ReleasedEvaluation r)
    {
        var p = r.Project;
        var s = r.Score;
        var total = p.Evaluation?.Total;
        return new OpenEvaluationV1(r.Id, r.UnitName, p.Year, r.State, p.Name, PublishedFields.Of(p, Evaluations), s.ProfileTag,
            new OpenFundRowV1(total?.InitialBudget, total?.AdjustedBudget, total?.Expenditure),
            s.ExecutionRateDisplay, s.ExecutionWeight, s.ExecutionScore, s.ComputedTotal, s.ComputedGrade.DisplayName(), s.PrintedTotal,
            p.Evaluation?.ExpectedGoal, p.Evaluation?.ActualOutcome,
            s.Rows.Select(row => new OpenScoredIndicatorV1(row.Indicator.Key, row.Indicator.Ordinal, row.Indicator.Level1, row.Indicator.Level2,
                row.Indicator.Name, row.Indicator.Target.OriginalText, row.Indicator.Actual?.OriginalText, row.Weight, row.Score,
                row.ComputedScore, row.Rule, row.Met, row.Indicator.DeviationReason)).ToList());
    }

    private static OpenPackageV1 Package(ReleasedDisclosure r)
    {
        var d = r.Disclosure;
        var tables = DisclosureCells.Of(d)
            .GroupBy(c => c.Table)
            .Select(t => new OpenTableV1((int)t.Key, DisclosureForm.Table(t.Key).TitleFor(d.Year),
                t.Select(c => new OpenColumnV1(c.ColumnKey, c.Column)).DistinctBy(c => c.Key).ToList(),
                t.GroupBy(c => c.RowKey).Select(row => new OpenRowV1(row.Key, row.First().Code, row.First().RowName,
                    row.ToDictionary(c => c.ColumnKey, c => c.Value))).ToList()))
            .ToList();
        return new OpenPackageV1(d.UnitName, d.Year, r.Version, r.PublishedAt, r.CorrectionNote, tables);
    }
}

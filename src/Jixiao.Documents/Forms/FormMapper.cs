using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Forms;

/// <summary>Raw form → domain <see cref="Project"/>.</summary>
internal static class FormMapper
{
    public static Project ToProject(RawProject p, Func<string?, TargetValue> parseTarget, Func<string?, TargetValue> parseActual)
        => WithFields(Typed(p, parseTarget, parseActual), p);

    /// <summary>Only the header fields of <paramref name="p"/> (what the document-level rules ask of a form before its rows are parsed).</summary>
    public static Project Header(RawProject p) =>
        WithFields(new Project { Name = "", Form = p.Form, TemplateId = p.TemplateId, Municipal = Details(p.Form) }, p);

    private static Project WithFields(Project project, RawProject p)
    {
        // A data template's own fields (浙江's 项目属性, …) are read by its definition; the rest by the declaration forms'.
        var template = FormDefinitions.ForTemplate(p.TemplateId);
        var written = WrittenKeys(template, p.Form);
        foreach (var (key, value) in p.Values)
        {
            if ((template?.Field(key) ?? HeaderLabels.Definition(new HeaderLabel(HeaderField.Field, key))) is not { } field) continue;
            // Narrative sections are read with the 项目经费情况说明 (RawProject.Narrative): only their text is kept.
            project = written.Contains(key) && field.Binding.BoundSection is null
                ? field.Write(project, value)
                : field.KeepOriginal(project, value.Text);
        }
        return project;
    }

    /// <summary>
    /// The fields whose value the import sets: those of the form's template and own definition and of the 2024 district 申报表 (whose
    /// header a 自评表 and the older forms share). A label only another form prints (a 2020 联系人 on a 2021 填报表) keeps its
    /// text but does not create that form's details.
    /// </summary>
    private static HashSet<string> WrittenKeys(FormDefinition? template, FormKind form) =>
        (template?.Fields ?? []).Concat(FormDefinitions.For(form)?.Fields ?? []).Concat(DeclarationForms.District2024.Fields)
            .Select(f => f.Key).ToHashSet(StringComparer.Ordinal);

    // The 2020 municipal form always has its details, even when none was printed.
    private static MunicipalDetails? Details(FormKind form) =>
        form == FormKind.MunicipalDeclaration ? new MunicipalDetails { PriorYear = new PriorYearFigures(null, null) } : null;

    private static Project Typed(RawProject p, Func<string?, TargetValue> parseTarget, Func<string?, TargetValue> parseActual)
    {
        var evaluated = p.Form == FormKind.SelfEvaluation;
        return new Project
        {
            Name = "",
            Form = p.Form,
            TemplateId = p.TemplateId,
            Year = p.Year,
            FormNumber = p.FormNumber,
            Municipal = Details(p.Form),
            SubProjects = p.SubProjects.Select(s => new SubProject(s.Name, s.Amount.Value)).ToList(),
            OverallGoalYears = p.OverallGoalYears,
            Narrative = p.Narrative,
            NarrativeTitle = p.NarrativeTitle,
            Indicators = p.Indicators.Select(i => new Indicator
            {
                Level1 = i.Level1 ?? "",
                Level2 = i.Level2 ?? "",
                Name = i.Name,
                Target = parseTarget(i.TargetText),
                Actual = evaluated ? parseActual(i.ActualText) : null,
                Weight = i.Weight,
                Score = i.Score,
                DeviationReason = i.DeviationReason,
                Ordinal = i.Ordinal,
                SourceLine = i.SourceLine,
                Columns = i.Columns is { Count: > 0 } columns ? columns : null,
            }).ToList(),
            Duties = p.Duties,
            Evaluation = p.Evaluation is null ? null : ToEvaluation(p.Evaluation) with { Texts = SelfEvaluationTexts.Of(p) },
            SourceLine = p.SourceLine,
        };
    }

    // The 项目资金 rows by their grid key, each written where the grid says (MoneyGridRow.Write).
    private static SelfEvaluation ToEvaluation(RawSelfEvaluation e) => SelfEvaluationForms.Funds.Rows.Aggregate(new SelfEvaluation
    {
        Total = new FundRow(null, null, null),
        ExecutionWeight = CellText.Number(e.Total?.WeightText),
        PrintedExecutionRate = CellText.Percent(e.Total?.RateText),
        PrintedExecutionScore = CellText.Number(e.Total?.ScoreText),
        PrintedWeightTotal = CellText.Number(e.PrintedWeightTotalText),
        PrintedTotal = CellText.Number(e.PrintedTotalText),
        ExpectedGoal = e.ExpectedGoal,
        ActualOutcome = e.ActualOutcome,
    }, (evaluation, row) => e.Funds.TryGetValue(row.Key, out var raw) ? row.Write(evaluation, Row(raw)) : evaluation);

    private static FundRow? Row(RawFundRow? r) =>
        r is null ? null : new FundRow(r.InitialBudget?.Value, r.AdjustedBudget?.Value, r.Expenditure?.Value);
}

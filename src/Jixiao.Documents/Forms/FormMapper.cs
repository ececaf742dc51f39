using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Forms;

/// <summary>Raw form → domain <see cref="Project"/>.</summary>
internal static class FormMapper
{
    public static Project ToProject(RawProject p, Func<string?, TargetValue> parseTarget, Func<string?, TargetValue> parseActual)
    {
        var project = Typed(p, parseTarget, parseActual);
        // Original texts beside the values read above, and the fields without a typed property, through their definition.
        foreach (var (key, text) in p.Fields)
            project = HeaderLabels.Definition(new HeaderLabel(HeaderField.Field, key))?.KeepOriginal(project, text) ?? project;
        return project;
    }

    private static Project Typed(RawProject p, Func<string?, TargetValue> parseTarget, Func<string?, TargetValue> parseActual)
    {
        var evaluated = p.Form == FormKind.SelfEvaluation;
        return new Project
        {
            Name = p.Name ?? "",
            Form = p.Form,
            TemplateId = p.TemplateId,
            Year = p.Year,
            FormNumber = p.FormNumber,
            Nature = p.Nature,
            Category = p.Category,
            SupervisingDepartment = p.SupervisingDepartment,
            ImplementingUnit = p.ImplementingUnit,
            PlannedStart = p.PlannedStart,
            PlannedEnd = p.PlannedEnd,
            Funds = new ProjectFunds
            {
                ProjectFundsTotal = p.Funds.ProjectFundsTotal?.Value,
                FiscalFunds = p.Funds.FiscalFunds?.Value,
                OtherFunds = p.Funds.OtherFunds?.Value,
                AnnualRequestTotal = p.Funds.AnnualRequestTotal?.Value,
                CurrentYearAppropriation = p.Funds.CurrentYearAppropriation?.Value,
                PriorYearCarryover = p.Funds.PriorYearCarryover?.Value,
                AnnualOtherFunds = p.Funds.AnnualOtherFunds?.Value,
            },
            Municipal = p.Municipal is null
                ? null
                : new MunicipalDetails
                {
                    DeclaringUnit = p.Municipal.DeclaringUnit,
                    ContactName = p.Municipal.ContactName,
                    ContactPhone = p.Municipal.ContactPhone,
                    IncludesGovPurchasedServices = p.Municipal.IncludesGovPurchasedServices switch { "是" => true, "否" => false, _ => null },
                    PerformanceType = p.Municipal.PerformanceType,
                    PriorYear = new PriorYearFigures(p.Funds.PriorYearBudget?.Value, p.Funds.PriorYearExpenditure?.Value),
                },
            SubProjects = p.SubProjects.Select(s => new SubProject(s.Name, s.Amount.Value)).ToList(),
            OverallGoal = p.OverallGoal,
            OverallGoalYears = p.OverallGoalYears,
            AnnualGoal = p.AnnualGoal,
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
            }).ToList(),
            Evaluation = p.Evaluation is null ? null : ToEvaluation(p.Evaluation) with { Texts = SelfEvaluationTexts.Of(p) },
            SourceLine = p.SourceLine,
        };
    }

    private static SelfEvaluation ToEvaluation(RawSelfEvaluation e) => new()
    {
        Total = Row(e.Total) ?? new FundRow(null, null, null),
        CurrentYearAppropriation = Row(e.CurrentYearAppropriation),
        PriorYearCarryover = Row(e.PriorYearCarryover),
        OtherFunds = Row(e.OtherFunds),
        ExecutionWeight = CellText.Number(e.Total?.WeightText),
        PrintedExecutionRate = CellText.Percent(e.Total?.RateText),
        PrintedExecutionScore = CellText.Number(e.Total?.ScoreText),
        PrintedWeightTotal = CellText.Number(e.PrintedWeightTotalText),
        PrintedTotal = CellText.Number(e.PrintedTotalText),
        ExpectedGoal = e.ExpectedGoal,
        ActualOutcome = e.ActualOutcome,
    };

    private static FundRow? Row(RawFundRow? r) =>
        r is null ? null : new FundRow(r.InitialBudget?.Value, r.AdjustedBudget?.Value, r.Expenditure?.Value);
}

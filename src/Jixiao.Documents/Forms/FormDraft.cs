using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Forms;

/// <summary>Mutable project form while it is being read; <see cref="ToRaw"/> freezes it.</summary>
internal sealed class FormDraft
{
    public required FormKind Form { get; init; }
    public required string TemplateId { get; init; }
    public int? Year { get; init; }
    public int? FormNumber { get; init; }
    public int Line { get; init; }
    public string? DeclaringUnit { get; set; }

    public Dictionary<HeaderField, (string Text, int Line)> Fields { get; } = [];
    public List<RawSubProject> SubProjects { get; } = [];
    public string? OverallGoal { get; set; }
    public (int From, int To)? OverallGoalYears { get; set; }
    public string? AnnualGoal { get; set; }
    public string? ExpectedGoal { get; set; }
    public string? ActualOutcome { get; set; }
    /// <summary>自评表 项目资金 rows keyed by their label (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金).</summary>
    public Dictionary<string, RawFundRow> EvaluationFunds { get; } = [];
    public Dictionary<NarrativeSection, string> Narrative { get; set; } = [];
    public string? NarrativeTitle { get; set; }
    public List<IndicatorDraft> Indicators { get; } = [];
    public RawSelfEvaluation? Evaluation { get; set; }

    public string? Text(HeaderField f) => Fields.TryGetValue(f, out var v) ? v.Text : null;

    private RawMoney? Money(HeaderField f) =>
        Fields.TryGetValue(f, out var v) ? new RawMoney(v.Text, CellText.Money(v.Text)) : null;

    private string? Name(HeaderField f)
    {
        var t = Text(f);
        return t is null || CellText.IsBlank(t) ? null : CellText.NormaliseName(t);
    }

    public RawProject ToRaw()
    {
        var municipal = Form == FormKind.MunicipalDeclaration;
        var narrative = new Dictionary<NarrativeSection, string>(Narrative);
        foreach (var (field, value) in Fields)
            if (HeaderLabels.MunicipalSection(field) is { } section && !CellText.IsBlank(value.Text))
                narrative[section] = value.Text.Trim();

        return new RawProject
        {
            Form = Form,
            TemplateId = TemplateId,
            Year = Year,
            FormNumber = FormNumber,
            Name = Name(HeaderField.Name),
            Nature = Name(HeaderField.Nature),
            Category = Name(HeaderField.Category),
            SupervisingDepartment = Name(HeaderField.SupervisingDepartment),
            ImplementingUnit = Name(HeaderField.ImplementingUnit),
            PlannedStartText = Text(HeaderField.PlannedStart),
            PlannedEndText = Text(HeaderField.PlannedEnd),
            PlannedStart = CellText.Date(Text(HeaderField.PlannedStart)),
            PlannedEnd = CellText.Date(Text(HeaderField.PlannedEnd)),
            Funds = new RawFunds
            {
                ProjectFundsTotal = Money(HeaderField.ProjectFundsTotal) ?? Money(HeaderField.MunicipalTotalBudget),
                FiscalFunds = Money(HeaderField.FiscalFunds),
                OtherFunds = Money(HeaderField.OtherFunds),
                AnnualRequestTotal = Money(HeaderField.AnnualRequestTotal) ?? Money(HeaderField.MunicipalCurrentBudget),
                CurrentYearAppropriation = Money(HeaderField.CurrentYearAppropriation),
                PriorYearCarryover = Money(HeaderField.PriorYearCarryover),
                AnnualOtherFunds = Money(HeaderField.AnnualOtherFunds),
                PriorYearBudget = Money(HeaderField.PriorYearBudget),
                PriorYearExpenditure = Money(HeaderField.PriorYearExpenditure),
            },
            Municipal = municipal
                ? new RawMunicipal
                {
                    DeclaringUnit = DeclaringUnit,
                    ContactName = Name(HeaderField.ContactName),
                    ContactPhone = Name(HeaderField.ContactPhone),
                    IncludesGovPurchasedServices = Name(HeaderField.GovPurchasedServices),
                    PerformanceType = Name(HeaderField.PerformanceType),
                }
                : null,
            SubProjects = SubProjects.ToList(),
            OverallGoal = Blank(OverallGoal) ?? Blank(Text(HeaderField.StagedGoals)),
            OverallGoalYears = OverallGoalYears,
            AnnualGoal = Blank(AnnualGoal) ?? Blank(ExpectedGoal),
            Narrative = narrative,
            NarrativeTitle = NarrativeTitle,
            Indicators = Indicators.Select((d, i) => d.ToRaw(i + 1)).ToList(),
            Evaluation = Evaluation ?? TabbedEvaluation(),
            SourceLine = Line,
        };
    }

    private RawSelfEvaluation? TabbedEvaluation()
    {
        if (Form != FormKind.SelfEvaluation) return null;
        return new RawSelfEvaluation
        {
            Total = EvaluationFunds.GetValueOrDefault("年度资金总额"),
            CurrentYearAppropriation = EvaluationFunds.GetValueOrDefault("当年财政拨款"),
            PriorYearCarryover = EvaluationFunds.GetValueOrDefault("上年结转资金"),
            OtherFunds = EvaluationFunds.GetValueOrDefault("其他资金"),
            ExpectedGoal = Blank(ExpectedGoal),
            ActualOutcome = Blank(ActualOutcome),
            PrintedWeightTotalText = PrintedWeightTotal,
            PrintedTotalText = PrintedTotal,
        };
    }

    public string? PrintedWeightTotal { get; set; }
    public string? PrintedTotal { get; set; }

    private static string? Blank(string? s) => s is null || CellText.IsBlank(s) ? null : s.Trim();
}

using Jixiao.Domain.Forms;
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

    public Dictionary<HeaderLabel, (string Text, int Line)> Fields { get; } = [];
    public List<RawSubProject> SubProjects { get; } = [];
    public string? OverallGoal { get; set; }
    public (int From, int To)? OverallGoalYears { get; set; }
    public string? AnnualGoal { get; set; }
    public string? ExpectedGoal { get; set; }
    public string? ActualOutcome { get; set; }
    /// <summary>自评表 项目资金 rows keyed by their row key in the form definition (<see cref="SelfEvaluationForms.Funds"/>).</summary>
    public Dictionary<string, RawFundRow> EvaluationFunds { get; } = [];
    public Dictionary<NarrativeSection, string> Narrative { get; set; } = [];
    public string? NarrativeTitle { get; set; }
    public List<IndicatorDraft> Indicators { get; } = [];
    public RawSelfEvaluation? Evaluation { get; set; }

    /// <summary>The text read for a field key; of two labels of one field (项目资金总额 / 项目总预算) the district one wins.</summary>
    public string? Text(string key) =>
        Fields.Where(kv => kv.Key.Key == key).OrderBy(kv => HeaderLabels.Rank(kv.Key)).Select(kv => kv.Value.Text).FirstOrDefault();

    private RawMoney? Money(string key) => Text(key) is { } t ? new RawMoney(t, CellText.Money(t)) : null;

    private string? Name(string key)
    {
        var t = Text(key);
        return t is null || CellText.IsBlank(t) ? null : CellText.NormaliseName(t);
    }

    /// <summary>Every definition field read, by key: names normalised, long texts trimmed, money and dates as printed.</summary>
    private Dictionary<string, string> FieldTexts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in Fields.Keys.Select(l => l.Key).OfType<string>().Distinct())
        {
            var kind = HeaderLabels.Definition(new HeaderLabel(HeaderField.Field, key))?.Kind;
            var text = kind is FieldKind.Text or FieldKind.Choice ? Name(key) : Blank(Text(key));
            if (text is not null) texts[key] = text;
        }
        return texts;
    }

    public RawProject ToRaw()
    {
        var municipal = Form == FormKind.MunicipalDeclaration;
        var narrative = new Dictionary<NarrativeSection, string>(Narrative);
        foreach (var (label, value) in Fields)
            if (HeaderLabels.Definition(label)?.Binding.BoundSection is { } section && !CellText.IsBlank(value.Text))
                narrative[section] = value.Text.Trim();

        return new RawProject
        {
            Form = Form,
            TemplateId = TemplateId,
            Year = Year,
            FormNumber = FormNumber,
            Name = Name("name"),
            Nature = Name("nature"),
            Category = Name("category"),
            SupervisingDepartment = Name("supervisingDepartment"),
            ImplementingUnit = Name("implementingUnit"),
            PlannedStartText = Text("plannedStart"),
            PlannedEndText = Text("plannedEnd"),
            PlannedStart = CellText.Date(Text("plannedStart")),
            PlannedEnd = CellText.Date(Text("plannedEnd")),
            Funds = new RawFunds
            {
                ProjectFundsTotal = Money("projectFundsTotal"),
                FiscalFunds = Money("fiscalFunds"),
                OtherFunds = Money("otherFunds"),
                AnnualRequestTotal = Money("annualRequestTotal"),
                CurrentYearAppropriation = Money("currentYearAppropriation"),
                PriorYearCarryover = Money("priorYearCarryover"),
                AnnualOtherFunds = Money("annualOtherFunds"),
                PriorYearBudget = Money("priorYearBudget"),
                PriorYearExpenditure = Money("priorYearExpenditure"),
            },
            Municipal = municipal
                ? new RawMunicipal
                {
                    DeclaringUnit = DeclaringUnit,
                    ContactName = Name("contactName"),
                    ContactPhone = Name("contactPhone"),
                    IncludesGovPurchasedServices = Name("govPurchasedServices"),
                    PerformanceType = Name("performanceType"),
                }
                : null,
            SubProjects = SubProjects.ToList(),
            OverallGoal = Blank(OverallGoal) ?? Blank(Text("overallGoal")),
            OverallGoalYears = OverallGoalYears,
            AnnualGoal = Blank(AnnualGoal) ?? Blank(ExpectedGoal),
            Narrative = narrative,
            NarrativeTitle = NarrativeTitle,
            Indicators = Indicators.Select((d, i) => d.ToRaw(i + 1)).ToList(),
            Evaluation = Evaluation ?? TabbedEvaluation(),
            Fields = FieldTexts(),
            SourceLine = Line,
        };
    }

    private RawSelfEvaluation? TabbedEvaluation()
    {
        if (Form != FormKind.SelfEvaluation) return null;
        var evaluation = new RawSelfEvaluation
        {
            ExpectedGoal = Blank(ExpectedGoal),
            ActualOutcome = Blank(ActualOutcome),
            PrintedWeightTotalText = PrintedWeightTotal,
            PrintedTotalText = PrintedTotal,
        };
        foreach (var (key, row) in EvaluationFunds) evaluation = RawEvaluationRows.With(evaluation, key, row);
        return evaluation;
    }

    public string? PrintedWeightTotal { get; set; }
    public string? PrintedTotal { get; set; }

    private static string? Blank(string? s) => s is null || CellText.IsBlank(s) ? null : s.Trim();
}

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
    /// <summary>The goal-zone texts by goal field key (项目绩效目标: the overall and the year's goal).</summary>
    public Dictionary<string, string> Goals { get; } = [];
    public (int From, int To)? OverallGoalYears { get; set; }
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
        Fields.Where(kv => kv.Key.Kind == HeaderField.Field && kv.Key.Key == key).OrderBy(kv => HeaderLabels.Rank(kv.Key)).Select(kv => kv.Value.Text).FirstOrDefault();

    public void AppendGoal(string key, string text) => Goals[key] = DeclarationBodyParser.Append(Goals.GetValueOrDefault(key), text);

    private string? Name(string key)
    {
        var t = Text(key);
        return t is null || CellText.IsBlank(t) ? null : CellText.NormaliseName(t);
    }

    /// <summary>
    /// Every definition field read, by key: names normalised, long texts trimmed, money and dates as printed, each with the
    /// value read from the cell as printed (<see cref="CellText.Money"/>, <see cref="CellText.Date"/>, 是/否 exactly); the
    /// title's 申报单位名称 first, as the form's title-block field.
    /// </summary>
    private Dictionary<string, FieldValue> FieldValues()
    {
        var values = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        if (DeclaringUnit is not null && FormDefinitions.For(Form)?.InBlock(FormBlocks.Title).FirstOrDefault() is { } title)
            values[title.Key] = new FieldValue(title.Kind, DeclaringUnit, null, null, null);
        foreach (var key in Fields.Keys.Where(l => l.Kind == HeaderField.Field).Select(l => l.Key).OfType<string>().Distinct())
        {
            var kind = HeaderLabels.Definition(new HeaderLabel(HeaderField.Field, key))?.Kind ?? FieldKind.Narrative;
            var printed = Text(key);
            var text = kind is FieldKind.Text or FieldKind.Choice ? Name(key) : Goal(key) ?? Blank(printed);
            if (text is null) continue;
            values[key] = kind switch
            {
                FieldKind.Money => new FieldValue(kind, text, CellText.Money(printed), null, null),
                FieldKind.Date => new FieldValue(kind, text, null, CellText.Date(printed), null),
                FieldKind.YesNo => new FieldValue(kind, text, null, null, Name(key) switch { "是" => true, "否" => false, _ => null }),
                _ => new FieldValue(kind, text, null, null, null),
            };
        }
        foreach (var key in Goals.Keys.Append(HeaderLabels.YearGoalKey).Distinct().Where(k => !values.ContainsKey(k)))
            if (Goal(key) is { } goal) values[key] = new FieldValue(FieldKind.Narrative, goal, null, null, null);
        return values;
    }

    /// <summary>A goal's text from the goal zone; a 自评表's 预期目标 is its year's goal.</summary>
    private string? Goal(string key) =>
        Blank(Goals.GetValueOrDefault(key)) ?? (key == HeaderLabels.YearGoalKey ? Blank(ExpectedGoal) : null);

    public RawProject ToRaw()
    {
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
            SubProjects = SubProjects.ToList(),
            OverallGoalYears = OverallGoalYears,
            Narrative = narrative,
            NarrativeTitle = NarrativeTitle,
            Indicators = Indicators.Select((d, i) => d.ToRaw(i + 1)).ToList(),
            Evaluation = Evaluation ?? TabbedEvaluation(),
            Values = FieldValues(),
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
        foreach (var (key, row) in EvaluationFunds) evaluation = evaluation.With(key, row);
        return evaluation;
    }

    public string? PrintedWeightTotal { get; set; }
    public string? PrintedTotal { get; set; }

    private static string? Blank(string? s) => s is null || CellText.IsBlank(s) ? null : s.Trim();
}

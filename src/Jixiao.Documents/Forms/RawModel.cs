using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Forms;

/// <summary>What kind of project forms a document holds.</summary>
public enum FormDocumentKind
{
    None,
    Declaration,
    SelfEvaluation,
}

/// <summary>
/// One indicator row as read from the form, all texts verbatim (targets/actuals are parsed later by the
/// caller's delegates). <see cref="Level1"/>/<see cref="Level2"/> are the template's category names when the
/// printed labels resolved, else the printed label (or null when none was printed or carried down).
/// </summary>
public sealed record RawIndicator
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    /// <summary>True when both categories resolved against the form's template.</summary>
    public bool CategoriesResolved { get; init; }
    public string Name { get; init; } = "";
    public string? TargetText { get; init; }
    public string? ActualText { get; init; }
    public string? WeightText { get; init; }
    public decimal? Weight { get; init; }
    public string? ScoreText { get; init; }
    public decimal? Score { get; init; }
    public string? DeviationReason { get; init; }
    public int Ordinal { get; init; }
    public int SourceLine { get; init; }
    /// <summary>Texts of the columns the row has no member for, by the form's column key or the printed header (<see cref="Indicator.Columns"/>).</summary>
    public IReadOnlyDictionary<string, string>? Columns { get; init; }
}

/// <summary>A money cell: printed text and its value in 元 (null when blank or unreadable).</summary>
public sealed record RawMoney(string? Text, decimal? Value);

/// <summary>A 项目资金 row of the 自评表: 年初预算数 · 全年预算数 · 全年执行数 (+ 分值/执行率/得分 on 年度资金总额).</summary>
public sealed record RawFundRow
{
    public RawMoney? InitialBudget { get; init; }
    public RawMoney? AdjustedBudget { get; init; }
    public RawMoney? Expenditure { get; init; }
    public string? WeightText { get; init; }
    public string? RateText { get; init; }
    public string? ScoreText { get; init; }
    public int SourceLine { get; init; }
}

public sealed record RawSelfEvaluation
{
    /// <summary>The 项目资金 rows read, by their key in the form definition (<see cref="SelfEvaluationForms.Funds"/>).</summary>
    public IReadOnlyDictionary<string, RawFundRow> Funds { get; init; } = new Dictionary<string, RawFundRow>();

    /// <summary>年度资金总额 (it carries the printed 分值/执行率/得分), or null when not printed.</summary>
    public RawFundRow? Total => Funds.GetValueOrDefault(SelfEvaluationForms.Funds.TotalRow.Key);

    /// <summary>This evaluation with the row of grid key <paramref name="key"/> read as <paramref name="row"/>.</summary>
    public RawSelfEvaluation With(string key, RawFundRow row) =>
        this with { Funds = new Dictionary<string, RawFundRow>(Funds) { [key] = row } };

    public string? ExpectedGoal { get; init; }
    public string? ActualOutcome { get; init; }
    /// <summary>总分 line: Σ分值 and Σ得分 as printed.</summary>
    public string? PrintedWeightTotalText { get; init; }
    public string? PrintedTotalText { get; init; }
}

public sealed record RawSubProject(string Name, RawMoney Amount, int SourceLine);

/// <summary>One project form (申报表 / 填报表 / 自评表) with every header field as printed.</summary>
public sealed record RawProject
{
    public required FormKind Form { get; init; }
    public required string TemplateId { get; init; }
    public int? Year { get; init; }
    public int? FormNumber { get; init; }
    public IReadOnlyList<RawSubProject> SubProjects { get; init; } = [];
    public (int From, int To)? OverallGoalYears { get; init; }
    public IReadOnlyDictionary<NarrativeSection, string> Narrative { get; init; } = new Dictionary<NarrativeSection, string>();
    public string? NarrativeTitle { get; init; }
    public IReadOnlyList<RawIndicator> Indicators { get; init; } = [];
    /// <summary>The 年度履职目标 rows of a department-level form, as printed.</summary>
    public IReadOnlyList<DepartmentDuty> Duties { get; init; } = [];
    public RawSelfEvaluation? Evaluation { get; init; }
    /// <summary>
    /// Every form-definition field read (header, 项目资金 and the title's 申报单位名称), by field key: the text as printed
    /// (names normalised, long texts trimmed) and the value the importer read from the cell (money, dates, 是/否).
    /// </summary>
    public IReadOnlyDictionary<string, FieldValue> Values { get; init; } = new Dictionary<string, FieldValue>();
    public int SourceLine { get; init; }

    /// <summary>Every field read, by key, as printed.</summary>
    public IReadOnlyDictionary<string, string> Fields => Values.Where(kv => kv.Value.Text is not null).ToDictionary(kv => kv.Key, kv => kv.Value.Text!);

    /// <summary>The text read for a field (null when not printed or blank).</summary>
    public string? Text(string key) => Values.TryGetValue(key, out var v) ? v.Text : null;

    /// <summary>The value read for a field, or null when the form did not print it.</summary>
    public FieldValue? Value(string key) => Values.TryGetValue(key, out var v) ? v : null;

    /// <summary>What the form prints above its grid (the 2020 municipal 申报单位名称), or null.</summary>
    public string? TitleText => FormDefinitions.For(Form)?.InBlock(FormBlocks.Title).Select(f => Text(f.Key)).FirstOrDefault(t => t is not null);

    /// <summary>项目名称 as printed (null when missing): warnings name the project by it.</summary>
    public string? Name => Text(NameKey);

    private static readonly string NameKey = FormDefinitions.DeclarationFields(null).First(f => f.Binding == ProjectFields.Name).Key;
}

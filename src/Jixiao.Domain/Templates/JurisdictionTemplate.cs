using Jixiao.Domain.Forms;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Templates;

/// <summary>Where a template came from.</summary>
public enum TemplateOrigin
{
    /// <summary>Defined in code (the Shanghai forms).</summary>
    BuiltIn,

    /// <summary>A template file shipped with Jixiao (embedded in the domain assembly).</summary>
    Shipped,

    /// <summary>A file an administrator dropped into the configured templates directory.</summary>
    Directory,
}

/// <summary>
/// One jurisdiction's form as a whole: its printed layout (<see cref="Form"/>), its level-1/level-2 framework
/// (<see cref="Tree"/>) and its score pools (<see cref="Profile"/>), all under one id. A project whose TemplateId is
/// <see cref="Id"/> is read, checked, scored and printed with these three.
/// </summary>
public sealed record JurisdictionTemplate
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Who publishes it (财政部, 四川省, 上海市松江区).</summary>
    public required string Jurisdiction { get; init; }

    public required TemplateKind Kind { get; init; }

    /// <summary>The policy document the layout follows (财预〔2020〕10号), if any.</summary>
    public string? Basis { get; init; }

    /// <summary>First and last budget year the template is meant for (null: open).</summary>
    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    /// <summary>The unit the form prints amounts in: 元 or 万元 (what a reader multiplies by before storing 元).</summary>
    public string MoneyUnit { get; init; } = "元";

    public required FormDefinition Form { get; init; }

    public required IndicatorTemplate Tree { get; init; }

    public required RuleProfile Profile { get; init; }

    /// <summary>The money grid as the file describes it, every column with its role (also those the form does not store).</summary>
    public TemplateMoneyGrid? Money { get; init; }

    /// <summary>Further tables printed on the form (a department's 年度履职目标), by their column labels.</summary>
    public IReadOnlyList<TemplateTable> Tables { get; init; } = [];

    public TemplateOrigin Origin { get; init; } = TemplateOrigin.Shipped;

    /// <summary>The file it was read from (null for built-in ones).</summary>
    public string? SourceName { get; init; }
}

/// <summary>A money grid's rows and columns with their roles (<see cref="MoneyRoles"/>).</summary>
public sealed record TemplateMoneyGrid(
    string? Label,
    IReadOnlyList<TemplateMoneyRow> Rows,
    IReadOnlyList<TemplateMoneyColumn> Columns,
    string RateBudgetRole);

public sealed record TemplateMoneyRow(string Key, string Label, string? Role, IReadOnlyList<string> Synonyms);

public sealed record TemplateMoneyColumn(string Key, string Label, string Role, IReadOnlyList<string> Synonyms);

/// <summary>A further table of a form: its printed label and column labels.</summary>
public sealed record TemplateTable(string Key, string Label, IReadOnlyList<string> Columns);

/// <summary>
/// The roles a money row or column of a template may have: the keys of the built-in 自评表's grid
/// (<see cref="SelfEvaluationForms.Funds"/>), whose rows a <see cref="Projects.SelfEvaluation"/> stores, plus
/// <see cref="Note"/>.
/// </summary>
public static class MoneyRoles
{
    public const string Total = "total";
    public const string InitialBudget = "initialBudget";
    public const string AdjustedBudget = "adjustedBudget";
    public const string Expenditure = "expenditure";

    /// <summary>Printed, recognised, not stored (原因, 佐证材料).</summary>
    public const string Note = "note";

    public static IReadOnlyList<string> RowRoles { get; } = [.. SelfEvaluationForms.Funds.Rows.Select(r => r.Key)];

    public static IReadOnlyList<string> ColumnRoles { get; } = [.. SelfEvaluationForms.Funds.Columns.Select(c => c.Key), Note];

    /// <summary>The budget columns an execution rate may divide by.</summary>
    public static IReadOnlyList<string> RateBudgets { get; } = [AdjustedBudget, InitialBudget];
}

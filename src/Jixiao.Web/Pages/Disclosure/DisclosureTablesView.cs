using Jixiao.Domain.Forms;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Money;
using Jixiao.Domain.Review;

namespace Jixiao.Web.Pages.Disclosure;

/// <summary>
/// What the `_DisclosureTables` partial renders: the package printed like the official document and, beside each
/// table, the DSC findings that point at it (none on the public pages).
/// </summary>
public sealed record DisclosureTablesView(BudgetDisclosure Package, IReadOnlyList<Finding> Findings, bool ShowFindings)
{
    public DisclosureTableDefinition Template(DisclosureTableKind kind) => DisclosureForm.Table(kind);

    public string Title(DisclosureTableKind kind) => Template(kind).TitleFor(Package.Year);

    public string PreparerLine => DisclosureForm.PreparerPrefix + Package.UnitName;

    /// <summary>Findings whose field is the table's label (`表3`).</summary>
    public IReadOnlyList<Finding> For(DisclosureTableKind kind) => Findings.Where(f => f.Field == Template(kind).Label).ToList();

    /// <summary>Findings on the narrative or on no table.</summary>
    public IReadOnlyList<Finding> NotOnTables =>
        Findings.Where(f => !DisclosureForm.Tables.Any(t => t.Label == f.Field)).ToList();

    public static string Yuan(decimal? amount) => amount is { } a ? MoneyText.Format(a) : "";

    /// <summary>The 类 · 款 · 项 cells of a code (款/项 blank above their level).</summary>
    public static (string Class, string Section, string Item) Parts(SubjectCode? code)
    {
        var v = code?.Value ?? "";
        return (v.Length >= 3 ? v[..3] : "", v.Length >= 5 ? v[3..5] : "", v.Length >= 7 ? v[5..7] : "");
    }

    public static string SeverityName(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static string SeverityCode(Severity s) => s switch
    {
        Severity.Error => "E",
        Severity.Warning => "W",
        _ => "I",
    };

    public static string Figure(WanYuanFigure? figure) => figure?.ToString() ?? "—";

    /// <summary>`{比较}` as printed: 比{Y-1}年预算增加/减少{Δ}万元, or 与{Y-1}年预算持平.</summary>
    public static string Comparison(YearComparison? c) => c switch
    {
        null => "",
        { Direction: ComparisonDirection.Flat } => $"与{c.PriorYear}年预算持平",
        { Direction: ComparisonDirection.Increase } => $"比{c.PriorYear}年预算增加{Figure(c.Delta)}",
        _ => $"比{c.PriorYear}年预算减少{Figure(c.Delta)}",
    };

    public static string Compared(ComparedFigure? f) =>
        f is null ? "—" : f.Comparison is null ? Figure(f.Amount) : $"{Figure(f.Amount)}（{Comparison(f.Comparison)}）";
}

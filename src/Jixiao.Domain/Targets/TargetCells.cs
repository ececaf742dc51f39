using System.Globalization;

namespace Jixiao.Domain.Targets;

/// <summary>
/// A target printed as three cells, as forms with 指标性质 / 指标值 / 度量单位 columns print it (Sichuan 自评表, 部门整体):
/// `≥` · `50` · `个` for `≥50个`. One grammar under them: <see cref="Split"/> reads the parsed value, <see cref="Join"/>
/// gives back the one text the parser reads, so a form stores one parsed target whatever its columns.
/// Invariant: for a target that splits, <c>TargetParser.Parse(Join(Split(t)))</c> equals <c>t</c> (RT-3 equality).
/// </summary>
public readonly record struct TargetCells(string Comparator, string Value, string Unit)
{
    /// <summary>What a 指标性质 cell holds for a qualitative target (定性), ignored by <see cref="Join"/>.</summary>
    public const string Qualitative = "定性";

    /// <summary>
    /// The three cells of <paramref name="target"/>: a plain quantity (`≥50个`, `100%`, `≤2.5万元`) splits into its
    /// symbol, number (as written, its decimals kept) and unit; a qualitative target gives 定性 and its text; anything
    /// else (a deadline, a frequency, a scoped or conditional value) keeps its whole text in the value cell.
    /// </summary>
    public static TargetCells Split(TargetValue? target)
    {
        if (target is null || target.Kind == TargetKind.Empty) return new("", "", "");
        if (target.Kind == TargetKind.Qualitative) return new(Qualitative, target.OriginalText.Trim(), "");
        if (target is { Kind: TargetKind.Quantitative, Value: { } number, Scope: null, Subject: null, Cond: null, Frequency: null, Deadline: null })
            return new(target.Op.Symbol(), number.ToString(CultureInfo.InvariantCulture), target.Unit?.Text ?? "");
        return new("", target.OriginalText.Trim(), "");
    }

    /// <summary>
    /// The one target text of three entered cells: symbol, number and unit run together (`≥` `50` `个` → `≥50个`); 定性 and
    /// 定量 in 指标性质 name a kind, not a comparator, and are left out; a value cell that already holds a comparator keeps it.
    /// </summary>
    public static string Join(string? comparator, string? value, string? unit)
    {
        var op = (comparator ?? "").Trim();
        if (op is Qualitative or "定量") op = "";
        var v = (value ?? "").Trim();
        var u = (unit ?? "").Trim();
        if (v.Length == 0) return "";
        // A value typed with its own comparator (`≥50`) is not given a second one.
        if (op.Length > 0 && "≥≤=＝><≧≦".Contains(v[0], StringComparison.Ordinal)) op = "";
        return op + v + (u.Length > 0 && !v.EndsWith(u, StringComparison.Ordinal) ? u : "");
    }
}

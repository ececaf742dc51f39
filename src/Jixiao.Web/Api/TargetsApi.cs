using Jixiao.Domain.Targets;

namespace Jixiao.Web.Api;

/// <summary>Live "how was this understood" for the indicator editor: the one grammar, over HTTP.</summary>
public static class TargetsApi
{
    /// <param name="Cells">A target entered as 指标性质 / 指标值 / 度量单位 cells (a template that prints them apart): joined
    /// into one text by <see cref="TargetCells.Join"/> and read like <paramref name="Text"/>, which it replaces.</param>
    public sealed record ParseRequest(string? Text, bool Actual = false, TargetCellsDto? Cells = null);

    /// <summary>A target as three cells: 指标性质 (≥, ≤, =, 定性 …), 指标值 and 度量单位.</summary>
    public sealed record TargetCellsDto(string? Comparator, string? Value, string? Unit);

    /// <param name="Text">The text read: as sent, or the one text the cells were joined into (what the form stores).</param>
    /// <param name="Cells">The value as 指标性质 / 指标值 / 度量单位 cells (<see cref="TargetCells.Split"/>).</param>
    public sealed record ParsedValueDto(
        string Text, string Kind, string KindName, string? Comparator, decimal? Value, string? Unit, string? UnitDimension,
        string? Scope, string? Subject, string Canonical, IReadOnlyList<string> Notes, string Explanation,
        bool NonStandard, string? Fix, TargetCellsDto Cells);

    public static void MapTargetsApi(this RouteGroupBuilder v1) =>
        v1.MapPost("/targets/parse", (ParseRequest request) =>
            {
                var text = request.Cells is { } c ? TargetCells.Join(c.Comparator, c.Value, c.Unit) : request.Text;
                var value = request.Actual ? TargetParser.ParseActual(text) : TargetParser.Parse(text);
                return ToDto(value);
            })
          .WithName("ParseTarget").WithSummary("解析指标值或实际完成值（或指标性质、指标值、度量单位三格），返回规范写法、类型与单位");

    public static ParsedValueDto ToDto(TargetValue v) => new(
        v.OriginalText, v.Kind.ToString(), KindName(v.Kind), v.Op == Comparator.None ? null : v.Op.Symbol(), v.Value,
        v.Unit?.Text, v.Unit?.Dim.ToString(), v.Scope, v.Subject, v.Canonical,
        v.Notes.Select(n => n.ToString()).ToList(), Explain(v), NonStandard(v), Fix(v), Cells(v));

    private static TargetCellsDto Cells(TargetValue v) =>
        TargetCells.Split(v) is var cells ? new(cells.Comparator, cells.Value, cells.Unit) : null!;

    // QNT-02's own test, with the default vocabulary (the editor has no profile of its own): one rule, two places.
    private static bool NonStandard(TargetValue v) => QualitativeVocabulary.IsNonStandard(v, QualitativeVocabulary.Words);

    // The canonical form offered as a one-click fix when the text was understood but is not written canonically
    // (`12场` → `=12.00(场)`, `达到100%` → `≥100.00(%)`).
    private static string? Fix(TargetValue v) =>
        v.Kind != TargetKind.Empty && !NonStandard(v) && v.Canonical.Length > 0 && v.Canonical != v.OriginalText.Trim()
            ? v.Canonical : null;

    public static string KindName(TargetKind kind) => kind switch
    {
        TargetKind.Empty => "空",
        TargetKind.Quantitative => "定量",
        TargetKind.Qualitative => "定性",
        TargetKind.Deadline => "时限",
        TargetKind.Frequency => "频次",
        TargetKind.Boolean => "是/否",
        TargetKind.Conditional => "条件/相对",
        TargetKind.Comparison => "比较式（实际值）",
        _ => kind.ToString(),
    };


    private static string Explain(TargetValue v)
    {
        var parts = new List<string> { $"{KindName(v.Kind)}指标值" };
        if (v.Value is { } n) parts.Add($"数值 {n}");
        if (v.Unit is { } u) parts.Add(u.Dim == Dimension.Unknown ? $"单位“{u.Text}”不完整或未知" : $"单位 {u.Text}");
        if (v.Kind == TargetKind.Quantitative && v.Unit is null) parts.Add("缺少计量单位");
        if (NonStandard(v)) parts.Add("不是规范的定性指标值，请改用规范写法（如 =12(场)、≥95%、健全）");
        if (v.HasNote(ParseNote.OperatorAssumed)) parts.Add("未写比较符，按“=”理解");
        if (v.HasNote(ParseNote.TypoCorrected)) parts.Add("疑似错别字已在规范写法中更正");
        if (v.HasNote(ParseNote.ZeroTarget)) parts.Add("零目标值");
        return string.Join("；", parts) + "。";
    }
}

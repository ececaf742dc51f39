using Jixiao.Domain.Forms;

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// The printed frame of a table as imported: title, the `编制单位：…` line, the `单位：元` line and the column-group
/// headers, verbatim (null when absent). <see cref="Line"/> is the title's source line. Generated tables carry the
/// template texts.
/// </summary>
public sealed record TablePrint(
    string Title,
    string? PreparerLine,
    string? AmountUnitLine,
    IReadOnlyList<string> GroupHeaders,
    int? Line = null)
{
    /// <summary>The template frame of <paramref name="kind"/> for <paramref name="unitName"/> and <paramref name="year"/>.</summary>
    public static TablePrint FromTemplate(DisclosureTableKind kind, int year, string unitName)
    {
        var t = DisclosureForm.Table(kind);
        return new TablePrint(
            t.TitleFor(year),
            DisclosureForm.PreparerPrefix + unitName,
            t.AmountUnitLine,
            t.GroupHeader is null ? [] : [t.GroupHeader]);
    }
}

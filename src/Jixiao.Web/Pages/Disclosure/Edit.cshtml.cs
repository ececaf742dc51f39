using Jixiao.Documents.OpenData;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Money;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Disclosure;

/// <summary>
/// Row-by-row editing of the amounts of a Draft or Returned package. Inputs are named `cell:{key}` with the keys of
/// <see cref="DisclosureCells"/>; the DSC rules run again on save, and live through the check API from disclosure-edit.js.
/// </summary>
[AuthorizeRoles(Role.UnitPreparer)]
public class EditModel(DisclosureService disclosures) : PageModel
{
    public const string CellPrefix = "cell:";

    public LoadedDisclosure Loaded { get; private set; } = null!;
    public IReadOnlyList<DisclosureCell> Cells { get; private set; } = [];
    public Dictionary<string, string> Posted { get; } = new(StringComparer.Ordinal);
    public List<string> Errors { get; } = [];

    public IEnumerable<IGrouping<DisclosureTableKind, DisclosureCell>> Tables => Cells.GroupBy(c => c.Table);

    public string Display(DisclosureCell c) =>
        Posted.TryGetValue(c.Key, out var raw) ? raw : c.Value is { } v ? MoneyText.Format(v) : "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Loaded.Editable) return RedirectToPage("/Disclosure/Details", new { id });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid stamp, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var amounts = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var (name, value) in Request.Form)
        {
            if (!name.StartsWith(CellPrefix, StringComparison.Ordinal)) continue;
            var key = name[CellPrefix.Length..];
            Posted[key] = value.ToString();
            var parsed = MoneyText.Parse(value.ToString());
            if (parsed.Status == MoneyParseStatus.Invalid) Errors.Add($"{Label(key)}：{parsed.Error}");
            else amounts[key] = parsed.ValueOrNull;
        }

        if (Errors.Count > 0) return Page();
        var outcome = await disclosures.UpdateAsync(id, amounts, stamp, ct);
        if (outcome.Status == 404) return NotFound();
        if (!outcome.Success)
        {
            Errors.Add(outcome.Error!);
            return Page();
        }

        TempData["Message"] = "已保存，审核结果已更新。";
        return RedirectToPage("/Disclosure/Details", new { id });
    }

    private string Label(string key) =>
        Cells.FirstOrDefault(c => c.Key == key) is { } c ? $"{DisclosureForm.Table(c.Table).Label}「{c.Code} {c.RowName}」{c.Column}" : key;

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await disclosures.LoadAsync(id, ct) is not { } loaded) return false;
        Loaded = loaded;
        Cells = DisclosureCells.Of(loaded.Model);
        return true;
    }
}

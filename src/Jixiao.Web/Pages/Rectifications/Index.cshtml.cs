using Jixiao.Domain.Rectification;
using Jixiao.Web.Services.ReReview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Rectifications;

/// <summary>整改事项 in the user's scope: filtered (状态, 单位, 来源, 只看逾期), sorted and keyset-paged like every list.</summary>
public class IndexModel(RectificationService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public RectificationState? State { get; set; }
    [BindProperty(SupportsGet = true)] public int? Org { get; set; }
    [BindProperty(SupportsGet = true)] public RectificationSourceKind? Source { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public IReadOnlyList<RectificationRow> Rows { get; private set; } = [];
    public Paging.Pager Pager { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Orgs { get; private set; } = [];
    public RectificationCounts Totals { get; private set; } = null!;

    /// <summary>The xlsx of the whole list as filtered and sorted here (every page), through the API's export.</summary>
    public string ExportHref => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/v1/rectifications/export",
        new Dictionary<string, string?>
        {
            ["state"] = State?.ToString(),
            ["orgId"] = Org?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["source"] = Source?.ToString(),
            ["overdue"] = Overdue ? "true" : null,
            ["sort"] = Sort,
            ["format"] = "xlsx",
        }.Where(kv => kv.Value is not null));

    public static readonly IReadOnlyList<RectificationState> StateChoices = Enum.GetValues<RectificationState>();
    public static readonly IReadOnlyList<RectificationSourceKind> SourceChoices = Enum.GetValues<RectificationSourceKind>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filter = new RectificationListFilter(State, Org, Source, Overdue, Sort);
        var request = Paging.PageRequest.Of(null, After);
        if (!filter.Order.Accepts(request)) return BadRequest();
        var page = await service.PageAsync(filter, request, ct);
        Rows = page.Items;
        Pager = Paging.Pager.For(Request, page, "项整改事项");
        Orgs = await service.OrgChoicesAsync(ct);
        Totals = await service.TotalsAsync(ct);
        return Page();
    }
}

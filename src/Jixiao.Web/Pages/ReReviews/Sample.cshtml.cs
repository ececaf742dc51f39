using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.ReReview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.ReReviews;

/// <summary>
/// 抽评 (finance): draws a stated percentage of a year's confirmed 自评表, weighted by amount, with its seed shown and
/// recorded; lists the recorded draws and the projects a draw took (amount, scores), each opened for its 财政复核.
/// </summary>
[AuthorizeRoles(Role.FinanceReviewer, Role.FinanceAdmin)]
public class SampleModel(ReReviewService service, TimeProvider clock) : PageModel
{
    /// <summary>The draw whose projects are listed (default: the newest).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Draw { get; set; }
    public IReadOnlyList<SampleDrawEntity> Draws { get; private set; } = [];
    public SampleDrawEntity? Shown { get; private set; }
    public IReadOnlyList<ReReviewService.DrawnRow> Drawn { get; private set; } = [];
    /// <summary>Last year: the self-evaluations of the year before are confirmed in this one.</summary>
    public int DefaultYear => Services.DisplayTime.Today(clock).Year - 1;
    public string? Error { get; private set; }

    public static int DrawnCount(SampleDrawEntity draw) => System.Text.Json.JsonSerializer.Deserialize<List<Guid>>(draw.Drawn)?.Count ?? 0;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(int year, decimal? percent, long? seed, CancellationToken ct)
    {
        var (draw, result) = percent is { } p ? await service.DrawSampleAsync(year, p, seed, ct) : (null, Services.ChangeResult.Refused("请填写抽评比例。"));
        if (draw is not null) return Redirect($"/ReReviews/Sample?draw={draw.Id}&drawn=1");
        Error = result.Error;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Draws = await service.DrawsAsync(ct);
        Shown = Draws.FirstOrDefault(d => d.Id == Draw) ?? Draws.FirstOrDefault();
        if (Shown is not null) Drawn = await service.DrawnAsync(Shown, ct);
    }
}

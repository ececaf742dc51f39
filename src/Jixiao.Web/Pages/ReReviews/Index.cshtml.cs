using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.ReReview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.ReReviews;

/// <summary>复核与抽评: the 复核 in the user's scope; finance draws a 抽评 sample (percentage, seed recorded) and sees past draws.</summary>
public class IndexModel(ReReviewService service, CurrentUser me, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ReReviewService.ListRow> Rows { get; private set; } = [];
    public IReadOnlyList<SampleDrawEntity> Draws { get; private set; } = [];
    public bool CanDraw => me.IsFinance;
    public int DefaultYear => Services.DisplayTime.Today(clock).Year - 1;
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public static int DrawnCount(SampleDrawEntity draw) => System.Text.Json.JsonSerializer.Deserialize<List<Guid>>(draw.Drawn)?.Count ?? 0;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await service.ListAsync(ct);
        Draws = await service.DrawsAsync(ct);
    }

    public async Task<IActionResult> OnPostDrawAsync(int year, decimal? percent, long? seed, CancellationToken ct)
    {
        if (!me.IsFinance) return NotFound();
        var (draw, result) = percent is { } p ? await service.DrawSampleAsync(year, p, seed, ct) : (null, Services.ChangeResult.Refused("请填写抽评比例。"));
        if (draw is not null) Message = $"已抽取 {DrawnCount(draw)} 份自评表进行财政复核，随机种子 {draw.Seed}。";
        else Error = result.Error;
        await LoadAsync(ct);
        return Page();
    }
}

using Jixiao.Domain.Rectification;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Jixiao.Web.Services.ReReview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Rectifications;

/// <summary>
/// 转为整改: a reviewer turns a review comment (or a return's reason) of a 申报表 or 自评表, or a finding of its own, into a
/// 整改事项 of the form's unit, with a requirement and a due date, through <see cref="RectificationService.RaiseAsync"/>.
/// </summary>
public class RaiseModel(RectificationService service, CurrentUser me, TimeProvider clock) : PageModel
{
    /// <summary><c>declaration</c> (the project's 申报表) or <c>self-evaluation</c>.</summary>
    [BindProperty(SupportsGet = true)] public string? Form { get; set; }
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid? Comment { get; set; }
    [BindProperty] public string? Finding { get; set; }
    [BindProperty] public string? Requirement { get; set; }
    [BindProperty] public DateOnly? Due { get; set; }

    public RaiseSourceForm Source { get; private set; } = null!;
    public string? Error { get; private set; }

    private bool SelfEvaluation => Form == "self-evaluation";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Due ??= DisplayTime.Today(clock).AddDays(service.DueDays);
        Comment ??= Source.Comments.Count > 0 ? Source.Comments[0].Id : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var finding = Source.Comments.Where(c => c.Id == Comment).Select(c => c.Text).FirstOrDefault() ?? Finding;
        if (Due is not { } due) Error = "请填写整改期限。";
        else if (string.IsNullOrWhiteSpace(finding)) Error = "请选择一条审核意见，或填写发现的问题。";
        else
        {
            var (id, result) = await service.RaiseAsync(new NewRectification(
                new RectificationSource(RectificationSourceKind.Review, Source.Reference, finding), Source.UnitId, Source.ProjectId, Requirement, due), ct);
            if (id is { } created) return Redirect($"/Rectifications/{created}");
            if (result.NotFound) return NotFound();
            Error = result.Error;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!RectificationService.MayRaise(me) || Form is not ("declaration" or "self-evaluation")) return false;
        if (await service.ReviewedFormAsync(SelfEvaluation, Id, ct) is not { } source) return false;
        Source = source;
        return true;
    }
}

using Jixiao.Domain.Rectification;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.ReReview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Rectifications;

/// <summary>One 整改事项: the finding and requirement; the unit answers (text and attachments), the reviewer closes or reopens it.</summary>
public class DetailModel(RectificationService service, CurrentUser me) : PageModel
{
    public RectificationRow Item { get; private set; } = null!;
    public string? Message { get; private set; }
    public string? Error { get; private set; }
    public bool IsUnit => me.Role == Domain.Workflow.Role.UnitPreparer;
    public bool IsReviewer => me.Role is Domain.Workflow.Role.SupervisorReviewer or Domain.Workflow.Role.FinanceReviewer or Domain.Workflow.Role.FinanceAdmin;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await service.FindAsync(id, ct) is not { } item) return NotFound();
        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, RectificationAction action, string? text, Guid? stamp, CancellationToken ct)
    {
        var result = await service.MoveAsync(id, action, text, stamp, ct);
        if (result.NotFound || await service.FindAsync(id, ct) is not { } item) return NotFound();
        Item = item;
        if (result.Ok) Message = $"已{RectificationRules.Chinese(action)}。";
        else Error = result.Error;
        return Page();
    }
}

using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Disclosure;

public class DetailsModel(DisclosureService disclosures, JixiaoDbContext db, CurrentUser me) : PageModel
{
    public LoadedDisclosure Loaded { get; private set; } = null!;
    public IReadOnlyList<DisclosureEntity> Versions { get; private set; } = [];
    public IReadOnlyList<ReviewComment> Comments { get; private set; } = [];
    public IReadOnlyList<WorkflowAction> Actions { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    public IReadOnlyList<Finding> Blocking { get; private set; } = [];

    public bool CanEdit => disclosures.EditRefusal(Loaded.Entity) is null;

    public bool CanCorrect => Loaded.Entity.State == FormState.Published && disclosures.MayCorrect
        && Versions.All(v => v.Version <= Loaded.Entity.Version);

    public DisclosureTablesView View => new(Loaded.Model, Loaded.Findings, ShowFindings: true);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (TempData["Message"] is string m) Message = m;
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, WorkflowAction action, string? comment, Guid stamp, CancellationToken ct)
    {
        var outcome = await disclosures.MoveAsync(id, action, comment, stamp, ct);
        if (outcome.Status == 404) return NotFound();
        if (outcome.Success)
        {
            TempData["Message"] = $"已{WorkflowActionNames.Chinese(action)}。";
            return RedirectToPage(new { id });
        }

        return await FailAsync(id, outcome, ct);
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, string? note, CancellationToken ct)
    {
        var outcome = await disclosures.CorrectAsync(id, note, ct);
        if (outcome.Status == 404) return NotFound();
        if (outcome.Success)
        {
            TempData["Message"] = $"已生成第{outcome.Entity!.Version}版更正草稿。";
            return RedirectToPage(new { id = outcome.Entity.Id });
        }

        return await FailAsync(id, outcome, ct);
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid id, Guid commentId, string? text, CommentAnswer? answer, CancellationToken ct)
    {
        var outcome = await disclosures.ReplyAsync(id, commentId, text, ct, answer);
        if (outcome.Status == 404) return NotFound();
        if (!outcome.Success) return await FailAsync(id, outcome, ct);
        TempData["Message"] = "已保存。";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> FailAsync(Guid id, DisclosureOutcome outcome, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Message = outcome.Error;
        Failed = true;
        Blocking = outcome.Blocking;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await disclosures.LoadAsync(id, ct) is not { } loaded) return false;
        Loaded = loaded;
        Versions = await disclosures.VersionsAsync(loaded.Entity, ct);
        // SQLite cannot order by DateTimeOffset; a package has few comments.
        Comments = await ReviewComments.OnAsync(db, ReviewForm.Disclosure, id, ct);
        Actions = me.Role is { } r ? FormWorkflow.Disclosure.ActionsFor(loaded.Entity.State, r).ToList() : [];
        return true;
    }
}

using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Projects;

public class DetailsModel(JixiaoDbContext db, ProjectService projects, DeclarationService declarations, FindingReviews reviews,
    ExAnteAssessments exAnte, Services.ResultsApplied.LastYearResultsService lastYear) : PageModel
{
    /// <summary>The 事前绩效评估 the declaration needs or has (ADR-060).</summary>
    public ExAnteStatus ExAnte { get; private set; } = null!;
    /// <summary>Last year's results and the budget suggestion, for a project copied from last year's (null otherwise).</summary>
    public Services.ResultsApplied.LastYearView? LastYear { get; private set; }
    public bool CanDecide => LastYear is not null && lastYear.DecisionRefusal(Project) is null;

    public LoadedProject Project { get; private set; } = null!;
    public IReadOnlyList<ReviewComment> Comments { get; private set; } = [];
    public IReadOnlyList<DeclarationVersion> Versions { get; private set; } = [];
    public IReadOnlyList<AuditEvent> History { get; private set; } = [];
    /// <summary>Display names of the history's users by login, so the history names people as the rest of the page does.</summary>
    public IReadOnlyDictionary<string, string> DisplayNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Who made a change, by display name (the system and users since deleted keep what the event recorded).</summary>
    public string Who(string? userName) =>
        userName is not null && DisplayNames.TryGetValue(userName, out var name) && name.Length > 0 ? name : Services.AuditNames.User(userName);
    public IReadOnlyList<WorkflowAction> Actions { get; private set; } = [];
    public IReadOnlyList<Finding> Blocking { get; private set; } = [];
    public FindingPanel Findings { get; private set; } = null!;
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public Project Model_ => Project.Model;
    public Jixiao.Domain.Forms.FormDefinition Form => Api.Contracts.V1.DeclarationEntryMapper.FormOf(Project.Model);
    /// <summary>The user declares this form (its unit's 填报人, or its department's reviewer for a 部门整体 form).</summary>
    public bool IsOwner => projects.OwnsForm(Project);
    // The page asks the service's own checks: a permission rule is written once.
    public bool CanEdit => declarations.EditRefusal(Project) is null;
    public bool CanComment => declarations.CommentRefusal(Project) is null;
    public bool CanAdjust => declarations.AdjustRefusal(Project) is null;
    /// <summary>The number of the returned version the current one was resubmitted from (null: the current one was not).</summary>
    public int? SinceReturn => Project.Version.Origin == VersionOrigin.Resubmission && Versions.Count > 1 ? Project.Version.Number - 1 : null;
    public IEnumerable<ReviewComment> CommentsOn(string anchor) => Comments.Where(c => c.Anchor == anchor);
    /// <summary>Each indicator's name → its row's anchor, for the findings panel's links (the first row of a repeated name).</summary>
    public IReadOnlyDictionary<string, string> IndicatorRows =>
        Project.Model.Indicators.GroupBy(i => i.Name).ToDictionary(g => g.Key, g => $"ind-{g.First().Ordinal}");

    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Message = Done;
        return Page();
    }

    public async Task<IActionResult> OnPostTransitionAsync(Guid id, WorkflowAction action, string? comment, string? acknowledgement, string? reason, CancellationToken ct)
    {
        var result = await declarations.TransitionAsync(id, new(action, comment, acknowledgement, reason), ct);
        return await Finish(id, result, $"已{WorkflowActionNames.Chinese(action)}。", ct);
    }

    public async Task<IActionResult> OnPostCommentAsync(Guid id, string anchor, string text, CancellationToken ct) =>
        await Finish(id, await declarations.CommentAsync(id, anchor, text, ct), "已添加审核意见。", ct);

    public async Task<IActionResult> OnPostReplyAsync(Guid id, Guid commentId, string? text, CommentAnswer? answer, CancellationToken ct) =>
        await Finish(id, await declarations.ReplyAsync(id, commentId, text ?? "", ct, answer), "已保存。", ct);

    public async Task<IActionResult> OnPostDismissAsync(Guid id, string? fingerprint, string? reason, string? note, CancellationToken ct) =>
        await Finish(id, await reviews.DismissAsync(id, fingerprint, reason, note, ct), "已忽略该审核问题。", ct);

    public async Task<IActionResult> OnPostUndismissAsync(Guid id, string? fingerprint, CancellationToken ct) =>
        await Finish(id, await reviews.UndismissAsync(id, fingerprint, ct), "已撤销忽略，该审核问题重新列为待处理。", ct);

    public async Task<IActionResult> OnPostExplainAsync(Guid id, string? fingerprint, string? text, CancellationToken ct) =>
        await Finish(id, await reviews.AnswerAsync(id, fingerprint, text, ct), "已保存说明。", ct);

    public async Task<IActionResult> OnPostAdjustAsync(Guid id, string? reason, CancellationToken ct) =>
        await Finish(id, await declarations.StartAdjustmentAsync(id, reason, ct), "已生成调整版本草稿。", ct);

    public async Task<IActionResult> OnPostBudgetDecisionAsync(Guid id, bool accept, string? overrideYuan, string? reason, Guid stamp, CancellationToken ct)
    {
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(overrideYuan))
        {
            if (!Jixiao.Domain.Money.MoneyText.TryParse(overrideYuan, out var parsed))
                return await Finish(id, WriteResult.Refused("“财政确定金额”不是有效金额。"), "", ct);
            amount = parsed;
        }
        return await Finish(id, await lastYear.DecideAsync(id, accept, amount, reason, stamp, ct), "已记录预算建议的处理结果。", ct);
    }

    public async Task<IActionResult> OnPostCopyAsync(Guid id, CancellationToken ct)
    {
        var (result, newId) = await declarations.CopyToNextYearAsync(id, ct);
        return newId is { } created ? Redirect($"/Projects/{created}/Edit") : await Finish(id, result, "", ct);
    }

    private async Task<IActionResult> Finish(Guid id, WriteResult result, string success, CancellationToken ct)
    {
        if (result.NotFound) return NotFound();
        if (result.Ok)
        {
            // Post/Redirect/Get: a reload shows the result instead of repeating the action.
            Done = success;
            return Redirect($"/Projects/{id}");
        }
        if (!await Load(id, ct)) return NotFound();
        Message = result.Ok ? success : result.Error;
        Failed = !result.Ok;
        Blocking = result.Blocking ?? [];
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await projects.LoadAsync(id, ct) is not { } p) return false;
        Project = p;
        Versions = await db.DeclarationVersions.AsNoTracking().Where(v => v.ProjectId == id).OrderBy(v => v.Number).ToListAsync(ct);
        Comments = await db.ReviewComments.AsNoTracking().Where(c => c.FormType == ReviewForm.Declaration && c.FormId == id).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        History = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "Project" && e.EntityId == id.ToString())
            .OrderByDescending(e => e.Id).Take(50).ToListAsync(ct);
        var logins = History.Select(e => e.UserName).OfType<string>().Distinct().ToList();
        DisplayNames = await db.Users.AsNoTracking().Where(u => logins.Contains(u.UserName!))
            .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct);
        Actions = await projects.ActionsForAsync(p, ct);
        Findings = await reviews.PanelAsync(p, ct);
        ExAnte = await exAnte.StatusAsync(p, ct);
        LastYear = await lastYear.ForAsync(p, ct);
        return true;
    }
}

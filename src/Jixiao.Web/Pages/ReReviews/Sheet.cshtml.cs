using Jixiao.Domain.Rectification;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services.ReReview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.ReReviews;

/// <summary>
/// 复核 of one 自评表: 自评得分, 主管部门 and 财政 复核得分, 最终得分 and 等级 side by side, differences flagged; the reviewer
/// re-scores a row with a reason, completes the stage, and raises 整改事项 from what the 复核 found.
/// </summary>
public class SheetModel(ReReviewService service, RectificationService rectifications, TimeProvider clock) : PageModel
{
    public ReReviewView View { get; private set; } = null!;
    public IReadOnlyList<RectificationRow> Items { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Message { get; private set; }
    public DateOnly DefaultDue => Services.DisplayTime.Today(clock).AddDays(30);

    public bool CanScore => View.MyStage is not null && View.Refusal is null;

    /// <summary>
    /// What is re-reviewed, after its unit in the header: the project's name, or for a 部门整体 form (named after its own
    /// department, which the header already shows as the unit) the form's title.
    /// </summary>
    public string Subject => Services.DepartmentRollUps.IsDepartmentForm(View.SelfEvaluation.Project.TemplateId)
        ? View.SelfEvaluation.Definition.Title
        : View.SelfEvaluation.Project.Name;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.LoadAsync(id, ct) is not { } view) return false;
        View = view;
        Items = await rectifications.OfSourceAsync(RectificationSourceKind.ReReview, id.ToString(), ct);
        return true;
    }

    public async Task<IActionResult> OnPostScoreAsync(Guid id, Guid key, decimal? score, string? reason, Guid? stamp, CancellationToken ct)
    {
        var result = score is { } s ? await service.ScoreAsync(id, key, s, reason, stamp, ct) : Services.ChangeResult.Refused("请填写复核得分。");
        return await AfterAsync(id, result, "复核得分已保存。", ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, WorkflowAction action, Guid? stamp, CancellationToken ct) =>
        await AfterAsync(id, await service.MoveAsync(id, action, stamp, ct), action == WorkflowAction.Pass ? "主管部门复核已完成，已转财政局。" : "复核已完成并锁定。", ct);

    public async Task<IActionResult> OnPostRaiseAsync(Guid id, string? finding, string? requirement, DateOnly? due, CancellationToken ct)
    {
        if (await service.LoadAsync(id, ct) is not { } view) return NotFound();
        var loaded = view.SelfEvaluation;
        var (_, result) = due is not { } d ? (null, Services.ChangeResult.Refused("请填写整改期限。"))
            : await rectifications.RaiseAsync(new NewRectification(
                new RectificationSource(RectificationSourceKind.ReReview, id.ToString(), string.IsNullOrWhiteSpace(finding) ? $"{loaded.Project.Name}：复核发现的问题" : finding.Trim()),
                loaded.Project.UnitId, loaded.Project.Id, requirement, d), ct);
        return await AfterAsync(id, result, "整改事项已下达。", ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, Services.ChangeResult result, string done, CancellationToken ct)
    {
        if (result.NotFound) return NotFound();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (result.Ok) Message = done;
        else Error = result.Error;
        return Page();
    }
}

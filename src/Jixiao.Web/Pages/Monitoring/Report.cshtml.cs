using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Monitoring;

/// <summary>The 运行监控表 of one project and period (forms.md §7) with its lights (monitoring.js recomputes them live).</summary>
public class ReportModel(MonitoringService service, CurrentUser me, ReviewCommentAnswers comments) : PageModel
{
    public LoadedMonitoring Loaded { get; private set; } = null!;
    public MonitoringEvaluation Evaluation { get; private set; } = null!;
    public string? Message { get; private set; }
    public string? Error { get; private set; }
    public string? ReturnComment { get; private set; }
    public IReadOnlyList<Data.Entities.ReviewComment> Comments { get; private set; } = [];

    [BindProperty] public ReportInput Form { get; set; } = new();

    public bool Editable => service.EditRefusal(Loaded) is null;
    public IEnumerable<WorkflowAction> Actions => Loaded.Report is null || me.Role is not { } role
        ? []
        : FormWorkflow.Monitoring.ActionsFor(Loaded.State, role, service.OwnsForm(Loaded)).Where(a => a != WorkflowAction.Submit);

    public async Task<IActionResult> OnGetAsync(Guid projectId, int? month, CancellationToken ct)
    {
        if (!await Load(projectId, month, null, ct)) return NotFound();
        if (Request.Query.ContainsKey("saved")) Message = "已保存。";
        if (Request.Query.ContainsKey("done")) Message = "操作已完成。";
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid projectId, int? month, CancellationToken ct) =>
        await After(projectId, month, await service.SaveAsync(projectId, month ?? MonitoringService.DefaultMonth, Form.ToContent(), Form.ConcurrencyStamp, ct), "saved", ct);

    public async Task<IActionResult> OnPostSubmitAsync(Guid projectId, int? month, CancellationToken ct) =>
        await After(projectId, month, await service.SubmitAsync(projectId, month ?? MonitoringService.DefaultMonth, Form.ToContent(), Form.ConcurrencyStamp, ct), "done", ct);

    public async Task<IActionResult> OnPostTransitionAsync(Guid projectId, int? month, WorkflowAction action, string? comment, CancellationToken ct) =>
        await After(projectId, month, await service.TransitionAsync(projectId, month ?? MonitoringService.DefaultMonth, action, comment, ct), "done", ct);

    public async Task<IActionResult> OnPostReplyAsync(Guid projectId, int? month, Guid commentId, string? text, Domain.Review.CommentAnswer? answer,
        CancellationToken ct) =>
        await After(projectId, month, await service.ReplyAsync(projectId, month ?? MonitoringService.DefaultMonth, commentId, text, ct, answer), "done", ct);

    private async Task<IActionResult> After(Guid projectId, int? month, ChangeResult result, string flag, CancellationToken ct)
    {
        if (result.NotFound) return NotFound();
        var m = month ?? MonitoringService.DefaultMonth;
        if (result.Ok) return Redirect($"/Monitoring/{projectId}?month={m}&{flag}=1");
        if (!await Load(projectId, m, Form, ct)) return NotFound();
        Error = result.Error;
        return Page();
    }

    private async Task<bool> Load(Guid projectId, int? month, ReportInput? entered, CancellationToken ct)
    {
        var loaded = await service.LoadAsync(projectId, month ?? MonitoringService.DefaultMonth, ct);
        if (loaded is null) return false;
        Loaded = loaded;
        Form = entered is not null && Editable ? entered : ReportInput.From(loaded.Content, loaded.Stamp);
        Evaluation = MonitoringService.Evaluate(loaded.Declared, Form.ToContent(), loaded.Month);
        ReturnComment = loaded.Report is { State: FormState.Returned } r ? await service.LastReturnCommentAsync(r.Id, ct) : null;
        Comments = loaded.Report is { } report ? await comments.OnAsync(Data.Entities.ReviewForm.Monitoring, report.Id, ct) : [];
        return true;
    }

    /// <summary>Bootstrap text colour of a light (monitoring.js keeps the same mapping).</summary>
    public static string LightCss(Domain.Monitoring.Light light) => light switch
    {
        Domain.Monitoring.Light.Red => "text-danger",
        Domain.Monitoring.Light.Yellow => "text-warning-emphasis",
        _ => "text-success",
    };
}

using Jixiao.Documents.Export.Forms;
using Jixiao.Domain.Attachments;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Jixiao.Web.Services.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Evaluations;

/// <summary>One 重点绩效评价: the evaluator scores, attaches its report and submits; finance accepts or returns (ADR-059).</summary>
[AuthorizeRoles(Role.FinanceReviewer, Role.FinanceAdmin, Role.ThirdPartyEvaluator)]
public class DetailModel(ExternalEvaluationService service, CurrentUser me, Services.ReReview.RectificationService rectifications) : PageModel
{
    public LoadedEvaluation Loaded { get; private set; } = null!;
    /// <summary>The 整改事项 raised from this evaluation's findings on acceptance (those the user sees).</summary>
    public IReadOnlyList<Services.ReReview.RectificationRow> Items { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public List<ScoreInput> Scores { get; set; } = [];
    [BindProperty] public string? Conclusion { get; set; }
    [BindProperty] public Guid? ConcurrencyStamp { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public sealed class ScoreInput
    {
        public string Dimension { get; set; } = "";
        public decimal? Score { get; set; }
        public string? Finding { get; set; }
    }

    public bool Editable => service.EditRefusal(Loaded) is null;
    public bool CanDecide => me.IsFinance && Loaded.Row.State == FormState.Submitted;
    public string Accept => AttachmentPolicy.Accept;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, entered: false, ct)) return NotFound();
        if (Request.Query.ContainsKey("assigned")) Message = "已分派。";
        if (Request.Query.ContainsKey("saved")) Message = "已保存。";
        if (Request.Query.ContainsKey("done")) Message = "操作已完成。";
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) =>
        await After(id, await service.SaveAsync(id, Sheet(), ConcurrencyStamp, ct), "saved", ct);

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        await After(id, await service.SubmitAsync(id, Sheet(), ConcurrencyStamp, ct), "done", ct);

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) =>
        await After(id, await service.DecideAsync(id, WorkflowAction.Approve, null, ConcurrencyStamp, ct), "done", ct);

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        await After(id, await service.DecideAsync(id, WorkflowAction.Return, Reason, ConcurrencyStamp, ct), "done", ct);

    public async Task<IActionResult> OnPostReportAsync(Guid id, IFormFile? report, CancellationToken ct)
    {
        if (report is null || report.Length == 0) return await After(id, ChangeResult.Refused("请选择要上传的评价报告文件。"), "saved", ct);
        using var buffer = new MemoryStream();
        await report.CopyToAsync(buffer, ct);
        return await After(id, await service.UploadReportAsync(id, report.FileName, buffer.ToArray(), ConcurrencyStamp, ct), "saved", ct);
    }

    public async Task<IActionResult> OnGetReportAsync(Guid id, CancellationToken ct) =>
        await service.ReportAsync(id, ct) is { } a ? File(a.Bytes, a.ContentType, a.Name) : NotFound();

    public static EvaluationPrint Print(LoadedEvaluation l) => new(l.ProjectName, l.UnitName, l.Year, l.EvaluatorName, l.Row.Deadline, l.StateName,
        l.Framework, l.Sheet, l.Row.TotalScore, l.Row.Grade, l.Report?.Name);

    private EvaluationSheet Sheet() => new(Scores.Select(s => new DimensionScore(s.Dimension, s.Score, s.Finding)).ToList(), Conclusion);

    private async Task<IActionResult> After(Guid id, ChangeResult result, string flag, CancellationToken ct)
    {
        if (result.NotFound) return NotFound();
        if (result.Ok) return Redirect($"/Evaluations/{id}?{flag}=1");
        if (!await Load(id, entered: true, ct)) return NotFound();
        Error = result.Error;
        return Page();
    }

    private async Task<bool> Load(Guid id, bool entered, CancellationToken ct)
    {
        if (await service.LoadAsync(id, ct) is not { } loaded) return false;
        Loaded = loaded;
        Items = await rectifications.OfSourceAsync(Domain.Rectification.RectificationSourceKind.Evaluation, id.ToString(), ct);
        if (entered && Editable) return true; // a refused save shows what was entered
        Scores = loaded.Framework.Dimensions.Select(d => new ScoreInput
        { Dimension = d.Name, Score = loaded.Sheet.Of(d.Name)?.Score, Finding = loaded.Sheet.Of(d.Name)?.Finding }).ToList();
        Conclusion = loaded.Sheet.Conclusion;
        ConcurrencyStamp = loaded.Row.ConcurrencyStamp;
        return true;
    }
}

using Jixiao.Domain.Forms;
using Jixiao.Domain.Money;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.SelfEvaluations;

/// <summary>
/// The 自评表 (forms.md §6). Live forms are scored as the unit types (selfeval.js → POST …/score); imported forms are
/// read-only with printed and recomputed scores side by side (SC-70).
/// </summary>
public class DetailModel(SelfEvaluationService service, CurrentUser me, ReviewCommentAnswers comments, FindingReviews reviews, DepartmentRollUps departments) : PageModel
{
    public LoadedSelfEvaluation Loaded { get; private set; } = null!;
    public SelfEvaluationScore Score { get; private set; } = null!;
    public string? Message { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<ScoreFinding> Blocking { get; private set; } = [];
    public string? ReturnComment { get; private set; }
    public IReadOnlyList<Data.Entities.ReviewComment> Comments { get; private set; } = [];
    /// <summary>The stored form's findings with the reviewers' dismissals and the unit's 说明 (issue 18).</summary>
    public FindingPanel Findings { get; private set; } = null!;

    /// <summary>
    /// The panel is shown where someone may act on it or a dismissal stands; a reviewer reads the findings there, while
    /// the unit filling in the form keeps the live list (it follows each keystroke) and answers in the panel.
    /// </summary>
    public bool ShowPanel => Findings.CanDismiss || Findings.CanAnswer || Findings.Dismissed.Count > 0;

    [BindProperty] public SelfEvaluationForm Form { get; set; } = new();

    /// <summary>A department's 部门整体自评 (ADR-065): its projects' self-scores rolled up beside its own; null on a project's 自评表.</summary>
    public DepartmentSelfEvaluationSummary? Department { get; private set; }

    public bool Historical => Loaded.Mode == ScoringMode.Historical;
    public bool Editable => !Historical && service.EditRefusal(Loaded) is null;
    public IEnumerable<WorkflowAction> Actions => Historical || me.Role is not { } role
        ? []
        : FormWorkflow.SelfEvaluation.ActionsFor(Loaded.Entity.State, role, service.OwnsForm(Loaded.Project)).Where(a => a != WorkflowAction.Submit);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, null, ct)) return NotFound();
        if (Request.Query.ContainsKey("saved")) Message = "已保存。";
        if (Request.Query.ContainsKey("done")) Message = "操作已完成。";
        if (Request.Query.TryGetValue("finding", out var said)) Message = FindingMessage(said.ToString());
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) =>
        await After(id, await ReadFundsAsync(id, ct) ?? await service.SaveAsync(id, Form, ct), "saved", ct);

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        await After(id, await ReadFundsAsync(id, ct) ?? await service.SubmitAsync(id, Form, ct), "done", ct);

    /// <summary>
    /// The 项目资金 cells as typed (`1,392,000.00`, `139.2万`; under a 万元 header a plain figure is 万元), read through the one
    /// money grammar into <see cref="Form"/> in 元; a cell that is not an amount refuses the save naming it, and nothing is stored.
    /// </summary>
    private async Task<ChangeResult?> ReadFundsAsync(Guid id, CancellationToken ct)
    {
        if (await service.LoadAsync(id, ct) is not { } loaded) return ChangeResult.Missing;
        var problems = new List<string>();
        var grid = FundsOf(loaded.Definition);
        foreach (var row in grid.Rows)
            foreach (var column in grid.Columns.Where(c => c.Read is not null))
            {
                if (!Request.Form.TryGetValue(FundName(row, column), out var raw)) continue;
                var text = raw.ToString();
                var value = string.IsNullOrWhiteSpace(text) ? null : EvaluationText.Money(MoneyUnits.Entered(text, loaded.MoneyUnit));
                if (value is null && !string.IsNullOrWhiteSpace(text))
                    problems.Add($"“{row.Name}·{column.Label}”应为金额（{loaded.MoneyUnit}），如 {(MoneyUnits.IsWanYuan(loaded.MoneyUnit) ? "35.5" : "350,000.00")}，现为“{text.Trim()}”。");
                else Put(Form.Fund(row.Key), column.Key, value);
            }
        return problems.Count == 0 ? null : ChangeResult.Refused(string.Join("", problems));
    }

    private static void Put(FundInput cells, string column, decimal? value)
    {
        switch (column)
        {
            case "initialBudget": cells.InitialBudget = value; break;
            case "adjustedBudget": cells.AdjustedBudget = value; break;
            case "expenditure": cells.Expenditure = value; break;
        }
    }

    /// <summary>The money grid of a 自评表 definition (the template's rows and columns).</summary>
    public static MoneyGrid FundsOf(FormDefinition form) => form.MoneyGrid ?? SelfEvaluationForms.Funds;

    /// <summary>The posted name of a 项目资金 cell (the row and column keys of the grid).</summary>
    public static string FundName(MoneyGridRow row, MoneyGridColumn column) => $"Form.Funds[{row.Key}].{column.Key}";

    /// <summary>The text a 项目资金 input shows: what was typed (a refused save), else the stored amount in the form's unit.</summary>
    public string FundText(MoneyGridRow row, MoneyGridColumn column, decimal? yuan) =>
        Request.HasFormContentType && Request.Form.TryGetValue(FundName(row, column), out var typed) && Error is not null
            ? typed.ToString()
            : MoneyUnits.EntryText(yuan, Loaded.MoneyUnit);

    /// <summary>
    /// The money grid's printed columns: the template's, with its note columns (原因) that nothing is stored in; else the grid's.
    /// </summary>
    public IReadOnlyList<(string Label, MoneyGridColumn? Column)> FundColumns
    {
        get
        {
            var grid = FundsOf(Loaded.Definition);
            return Loaded.Template?.Money is { } spec
                ? [.. spec.Columns.Select(c => (c.Label, c.Role == Domain.Templates.MoneyRoles.Note ? null : grid.Column(c.Role)))]
                : [.. grid.Columns.Select(c => (c.Label, (MoneyGridColumn?)c))];
        }
    }

    /// <summary>The target of a row in the three cells a form with 指标性质 / 度量单位 columns prints.</summary>
    public static Domain.Targets.TargetCells TargetCells(Domain.Projects.Indicator indicator) => Domain.Targets.TargetCells.Split(indicator.Target);

    public async Task<IActionResult> OnPostTransitionAsync(Guid id, WorkflowAction action, string? comment, CancellationToken ct) =>
        await After(id, await service.TransitionAsync(id, action, comment, ct), "done", ct);

    public async Task<IActionResult> OnPostReplyAsync(Guid id, Guid commentId, string? text, Domain.Review.CommentAnswer? answer, CancellationToken ct) =>
        await After(id, await service.ReplyAsync(id, commentId, text, ct, answer), "done", ct);

    public async Task<IActionResult> OnPostDismissAsync(Guid id, string? fingerprint, string? reason, string? note, CancellationToken ct) =>
        await AfterFinding(id, await reviews.DismissEvaluationAsync(id, fingerprint, reason, note, ct), "dismissed", ct);

    public async Task<IActionResult> OnPostUndismissAsync(Guid id, string? fingerprint, CancellationToken ct) =>
        await AfterFinding(id, await reviews.UndismissEvaluationAsync(id, fingerprint, ct), "undismissed", ct);

    public async Task<IActionResult> OnPostExplainAsync(Guid id, string? fingerprint, string? text, CancellationToken ct) =>
        await AfterFinding(id, await reviews.AnswerEvaluationAsync(id, fingerprint, text, ct), "explained", ct);

    private static string? FindingMessage(string flag) => flag switch
    {
        "dismissed" => "已忽略该审核问题。",
        "undismissed" => "已撤销忽略，该审核问题重新列为待处理。",
        "explained" => "已保存说明。",
        _ => null,
    };

    private async Task<IActionResult> AfterFinding(Guid id, WriteResult result, string flag, CancellationToken ct)
    {
        if (result.NotFound) return NotFound();
        if (result.Ok) return Redirect($"/SelfEvaluations/{id}?finding={flag}");
        if (!await Load(id, null, ct)) return NotFound();
        Error = result.Error;
        return Page();
    }

    private async Task<IActionResult> After(Guid id, ChangeResult result, string flag, CancellationToken ct)
    {
        if (result.NotFound) return NotFound();
        if (result.Ok) return Redirect($"/SelfEvaluations/{id}?{flag}=1");
        // Keep what the unit typed: the refused form is shown and scored as entered.
        if (!await Load(id, Form, ct)) return NotFound();
        Error = result.Error;
        Blocking = result.Blocking?.Select(ScoreFinding.From).ToList() ?? [];
        return Page();
    }

    private async Task<bool> Load(Guid id, SelfEvaluationForm? entered, CancellationToken ct)
    {
        var loaded = await service.LoadAsync(id, ct);
        if (loaded is null) return false;
        Loaded = loaded;
        if (entered is not null && Editable)
        {
            Form = entered;
            Score = SelfEvaluationScore.From(SelfEvaluationService.ScoreForm(loaded, entered), loaded.Entered(entered).Total.ToFundRow());
        }
        else
        {
            Form = SelfEvaluationForm.From(loaded.Content, loaded.Entity.ConcurrencyStamp);
            Score = SelfEvaluationScore.From(loaded.Score(), loaded.Content.Total.ToFundRow());
        }
        ReturnComment = loaded.Entity.State == FormState.Returned ? await service.LastReturnCommentAsync(id, ct) : null;
        Comments = await comments.OnAsync(Data.Entities.ReviewForm.SelfEvaluation, id, ct);
        Findings = await reviews.PanelAsync(loaded, ct);
        Department = await departments.SelfEvaluationAsync(loaded.Entity, ct);
        return true;
    }

    public SelfEvaluationRowInput RowInput(Guid? key) =>
        Form.Rows.FirstOrDefault(r => r.Key == key) ?? new SelfEvaluationRowInput { Key = key ?? Guid.Empty };

    public RowScore? RowScore(Guid? key) => Score.Rows.FirstOrDefault(r => r.Key == key);

    /// <summary>分值 and 得分 are figures, right-aligned.</summary>
    public static bool IsNumberColumn(IndicatorColumn c) => c.Key is IndicatorColumnKeys.Weight or IndicatorColumnKeys.Score;

    /// <summary>Room for the inputs of the columns the unit fills in.</summary>
    public static string? ColumnStyle(IndicatorColumn c) => c.Key switch
    {
        IndicatorColumnKeys.Actual => "min-width: 9rem",
        IndicatorColumnKeys.Weight => "min-width: 6rem",
        IndicatorColumnKeys.Score => "min-width: 12rem",
        IndicatorColumnKeys.DeviationReason => "min-width: 14rem",
        _ => null,
    };

    public static string Money(decimal? v) => v?.ToString("#,##0.00") ?? "";
    public static string Num(decimal? v) => v?.ToString("0.00") ?? "—";
}

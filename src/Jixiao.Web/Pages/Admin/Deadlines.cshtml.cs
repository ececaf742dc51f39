using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Admin;

/// <summary>截止日期: the administrator keeps the budget calendar (申报, 运行监控, 绩效自评, 预算公开) per year.</summary>
[AuthorizeRoles(Role.FinanceAdmin)]
public class DeadlinesModel(DeadlineCalendar calendar) : PageModel
{
    public IReadOnlyList<Deadline> Items { get; private set; } = [];
    public DateOnly Today => calendar.Today;
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    [BindProperty] public int? Id { get; set; }
    [BindProperty] public int Year { get; set; }
    [BindProperty] public DeadlineStage Stage { get; set; }
    [BindProperty] public int Month { get; set; }
    [BindProperty] public DateOnly? Due { get; set; }

    public static IReadOnlyList<DeadlineStage> Stages { get; } = Enum.GetValues<DeadlineStage>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = Today.Year;
        Items = await calendar.AllAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A value the form could not read (a date typed by hand in the wrong shape) arrives as null: say which field.
        var error = ModelState.IsValid ? await calendar.SaveAsync(Id, Year, Stage, Month, Due, ct)
            : ModelState.ContainsKey(nameof(Due)) && ModelState[nameof(Due)]!.Errors.Count > 0 ? "截止日期格式不正确，请按“年-月-日”填写。"
            : "年度、阶段或月份填写不正确。";
        return await Done(error ?? $"已保存“{DeadlineNames.Of(Year, Stage, Stage == DeadlineStage.Monitoring ? Month : 0)}”的截止日期。", error is not null, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct) =>
        await calendar.DeleteAsync(id, ct) ? await Done("已删除该截止日期。", false, ct) : NotFound();

    private async Task<IActionResult> Done(string message, bool failed, CancellationToken ct)
    {
        (Message, Failed) = (message, failed);
        Items = await calendar.AllAsync(ct);
        return Page();
    }
}

using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Admin;

/// <summary>
/// 表单模板 (ADR-032): which template the district's units fill for a budget year and form kind. New forms are created
/// on the chosen template; a form keeps the template it was created on. No choice: the Shanghai district forms.
/// </summary>
[AuthorizeRoles(Role.FinanceAdmin)]
public class TemplatesModel(TemplateAssignments assignments, TimeProvider clock) : PageModel
{
    public IReadOnlyList<TemplateAssignmentRow> Rows { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    public int DefaultYear { get; private set; }

    /// <summary>Every template the page may offer or list, by kind (the chooseable ones first).</summary>
    public static IReadOnlyList<JurisdictionTemplate> Listed => TemplateRegistry.Current.Templates;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(int year, string? kind, string? templateId, CancellationToken ct)
    {
        if (TemplateKinds.Parse(kind) is not { } k || !TemplateChoice.Kinds.Contains(k))
            (Message, Failed) = ("请选择表单类型。", true);
        else if (await assignments.SetAsync(year, k, templateId, ct) is { } refused)
            (Message, Failed) = (refused, true);
        else
            Message = $"{year} 年度新建的{k.DisplayName()}将使用“{(TemplateChoice.Resolve(k, templateId) is { } t ? TemplateChoice.DisplayName(t) : TemplateChoice.DefaultName)}”；已有的表单不变。";
        await LoadAsync(ct);
        if (year is >= 2000 and <= 2100) DefaultYear = year; // the form keeps the year just chosen
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        DefaultYear = Services.DisplayTime.Today(clock).Year + 1; // declarations are made for next year's budget
        Rows = await assignments.ListAsync(ct);
    }

    public static string OriginName(TemplateOrigin origin) => origin switch
    {
        TemplateOrigin.BuiltIn => "系统内置",
        TemplateOrigin.Shipped => "随系统提供",
        _ => "模板目录",
    };
}

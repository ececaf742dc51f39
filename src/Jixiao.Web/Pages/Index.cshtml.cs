using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages;

/// <summary>工作台: what awaits the signed-in user, by role, inside their data scope.</summary>
public class IndexModel(CurrentUser me, Services.ProjectService projects, Services.DeadlineCalendar calendar,
    Services.ReReview.RectificationService rectifications) : PageModel
{
    public sealed record Row(Guid Id, string UnitName, string Name, int Year, decimal FundsTotalYuan, FormState State);

    public IReadOnlyList<Row> All { get; private set; } = [];
    public IReadOnlyList<Row> Todo { get; private set; } = [];
    public string TodoTitle { get; private set; } = "";
    public int Count => All.Count;
    public decimal TotalWanYuan => WanYuan(All);
    public IReadOnlyList<(FormState State, int Count, decimal WanYuan)> ByState { get; private set; } = [];
    public IReadOnlyList<Services.Deadline> Deadlines { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool IsAdmin => me.Role == Role.FinanceAdmin;
    public bool IsEvaluator => me.Role == Role.ThirdPartyEvaluator;

    /// <summary>整改 in the user's scope (unit: its own; department: its units'; finance: all); null for an evaluator.</summary>
    public Services.ReReview.RectificationCounts? Rectifications { get; private set; }

    public string RectificationTitle => me.Role switch
    {
        Role.UnitPreparer => "本单位整改事项",
        Role.SupervisorReviewer => "所属单位整改事项",
        _ => "全区整改事项",
    };

    public static decimal WanYuan(IEnumerable<Row> rows) => Domain.Bounds.SafeMath.WanYuan(Domain.Bounds.SafeMath.Sum(rows.Select(p => p.FundsTotalYuan)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        All = (await projects.ListAsync(null, null, ct))
            .Select(r => new Row(r.Id, r.UnitName, r.Name, r.Year, r.FundsTotalYuan, r.State)).ToList();
        Today = calendar.Today;
        if (!IsEvaluator) Rectifications = await rectifications.TotalsAsync(ct);
        Deadlines = await calendar.CurrentAsync(ct);
        ByState = All.GroupBy(r => r.State).OrderBy(g => g.Key).Select(g => (g.Key, g.Count(), WanYuan(g))).ToList();

        (TodoTitle, var waiting) = me.Role switch
        {
            Role.UnitPreparer => ("待处理：草稿与退回的申报", new[] { FormState.Draft, FormState.Returned }),
            Role.SupervisorReviewer => ("待审核：本部门所属单位提交的申报", new[] { FormState.Submitted, FormState.SupervisorReview }),
            Role.FinanceReviewer or Role.FinanceAdmin => ("待批复：财政审核中的申报", new[] { FormState.FinanceReview }),
            _ => ("", Array.Empty<FormState>()),
        };
        // Returned forms first: they carry comments waiting for an answer.
        Todo = All.Where(r => waiting.Contains(r.State)).OrderByDescending(r => r.State == FormState.Returned).ThenBy(r => r.Name).ToList();
    }
}

using System.Text.Json;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Analysis;

public class IndexModel(AnalysisService analysis, Services.ReReview.RectificationService rectifications) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Org { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Project { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    /// <summary>The 自评得分 list's page (ADR-056).</summary>
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public AnalysisReport Report { get; private set; } = null!;
    public Paging.Pager EvaluationPager { get; private set; } = null!;
    /// <summary>Unclosed 整改 under each child of the focus organisation (not by year: an item has none).</summary>
    public IReadOnlyList<Services.ReReview.RectificationCounts> Rectifications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var report = await analysis.BuildAsync(Org, Project, Year, Paging.PageRequest.Of(null, After), ct);
        if (report is null) return NotFound();
        Report = report;
        if (report.Breadcrumb.LastOrDefault(c => c.OrgId is not null)?.OrgId is { } focus)
            Rectifications = await rectifications.ByChildOrgAsync(focus, ct) ?? [];
        EvaluationPager = Paging.Pager.For(Request, new Paging.PageResult<EvaluationScore>(report.Evaluations, report.EvaluationsTotal,
            report.EvaluationsBefore, report.EvaluationsNext), "份自评表");
        return Page();
    }

    /// <summary>Link to another focus, keeping the year filter.</summary>
    public string Link(int? org, Guid? project) =>
        Url.Page("/Analysis/Index", new { org = project is null ? org : null, project, year = Year }) ?? "/Analysis";

    public static string Money(decimal? v) => v is { } x ? x.ToString("#,##0.00") : "—";
    public static string Num(decimal? v) => v is { } x ? x.ToString("0.00") : "—";

    /// <summary>Chart data for wwwroot/js/analysis.js (a data-* attribute; the table beside it carries the same numbers).</summary>
    public static string Chart(string title, IEnumerable<string> categories, params (string Name, IEnumerable<decimal?> Data)[] series) =>
        JsonSerializer.Serialize(new
        {
            title,
            categories,
            series = series.Select(s => new { name = s.Name, data = s.Data }),
        });

    public string GradeChart => Chart("评价等级分布", Report.Grades.Select(g => g.Grade),
        ("重算", Report.Grades.Select(g => (decimal?)g.Computed)), ("印刷", Report.Grades.Select(g => (decimal?)g.Printed)));

    public string DistributionChart => Chart("得分分布（重算总分）", Report.Distribution.Select(b => b.Label),
        ("项目数", Report.Distribution.Select(b => (decimal?)b.Count)));

    public string GroupChart => Chart("资金执行率与平均得分", Report.Groups.Select(g => g.Name),
        ("执行率（%）", Report.Groups.Select(g => g.ExecutionRate)), ("平均得分（重算）", Report.Groups.Select(g => g.AverageScore)));

    public string FindingChart => Chart("常见审核问题", Report.CommonFindings.Take(10).Select(f => f.RuleId),
        ("次数", Report.CommonFindings.Take(10).Select(f => (decimal?)f.Count)));
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Bench.Load;

/// <summary>
/// A reviewer in a deadline week: a 主管部门 reviewer (<c>dept</c>, their department's units) or a 财政局 reviewer
/// (<c>finance</c>, the whole district). Opens the lists with filters and their next pages, opens a submission, reviews
/// it (主管部门 passes it on to 财政局, 财政局 approves; a quarter are returned with a comment), looks at the analysis and
/// drills down to a project, exports a form, and glances at the other lists; 财政局 also works in the 指标库.
/// Several finance sessions share one account, so each takes only its share of the work queue (<paramref name="share"/>
/// of <paramref name="shares"/>) and two never review the same form.
/// </summary>
public sealed class ReviewerUser(Uri baseUri, string userName, string password, bool finance, int seed, int share = 0, int shares = 1)
    : Session(baseUri, finance ? "finance" : "dept", seed)
{
    private static readonly string[] Filters = ["?state=Submitted", "?sort=name", "?q=专项", "?sort=new", "?year=2024&state=Approved"];
    private static readonly string[] LibraryFilters = ["", "?q=满意度", "?level1=产出指标", "?q=完成率", "?sort=name"];

    /// <summary>The state a form waits in for this reviewer's move.</summary>
    private string WaitingState => finance ? "FinanceReview" : "Submitted";

    private Queue<Guid> queue = new();
    private readonly List<Guid> seen = [];

    public override Task<Sample> LoginAsync(CancellationToken ct) => SignInAsync(userName, password, ct);

    /// <summary>
    /// The week's mix, one step per page or action, so running each step once (the bench's test) reaches every page
    /// and list API the role uses: 40 % the work queue (lists, opening, reviewing), the rest analysis, exports and
    /// the other lists; 财政局 also the 指标库.
    /// </summary>
    public override IReadOnlyList<Step> Steps =>
    [
        new("dashboard", 5, async ct => [await GetAsync("dashboard", "/", ct)]),
        new("projects", 15, ProjectsAsync),
        new("projects_api", 10, async ct => [await RefreshAsync(ct)]),
        new("open", 20, OpenAsync),
        new(finance ? "approve" : "pass", 11, ct => ReviewAsync(returnIt: false, ct)),
        new("return", 4, ct => ReviewAsync(returnIt: true, ct)),
        new("analysis", 10, AnalysisAsync),
        new("export_xlsx", 2, ct => ExportAsync("xlsx", ct)),
        new("export_docx", 2, ct => ExportAsync("docx", ct)),
        new("export_pdf", 1, ct => ExportAsync("pdf", ct)),
        new("self_evaluations", 2, async ct => [await GetAsync("self_evaluations", "/SelfEvaluations", ct)]),
        new("self_evaluations_api", 2, async ct => [await GetAsync("self_evaluations_api", "/api/v1/self-evaluations?size=50", ct)]),
        new("monitoring", 2, async ct => [await GetAsync("monitoring", "/Monitoring/Overview", ct)]),
        new("monitoring_api", 2, async ct => [await GetAsync("monitoring_api", "/api/v1/monitoring?size=50", ct)]),
        new("disclosures", 1, async ct => [await GetAsync("disclosures", "/Disclosure", ct)]),
        new("disclosures_api", 1, async ct => [await GetAsync("disclosures_api", "/api/v1/disclosures?size=50", ct)]),
        .. finance
            ? [new Step("indicators", 7, IndicatorsAsync),
               new Step("indicators_api", 3, async ct => [await GetAsync("indicators_api", "/api/v1/indicators?size=50", ct)])]
            : Array.Empty<Step>(),
    ];

    /// <summary>The 项目 list with one of the filters a reviewer uses, and now and then its next page.</summary>
    private async Task<IReadOnlyList<Sample>> ProjectsAsync(CancellationToken ct)
    {
        string? next = null;
        var first = await GetAsync("projects", "/Projects" + Filters[Rng.Next(Filters.Length)], ct, html => next = Links.Next(html));
        if (next is null || Rng.Next(3) > 0) return [first];
        return [first, await GetAsync("projects", next, ct)];
    }

    /// <summary>The list API filtered to the forms waiting for this reviewer: the work queue.</summary>
    private async Task<Sample> RefreshAsync(CancellationToken ct) =>
        await GetAsync("projects_api", $"/api/v1/projects?state={WaitingState}&size=50", ct, body =>
        {
            var ids = (JsonNode.Parse(body) as JsonArray ?? []).Select(p => Guid.Parse(p!["id"]!.GetValue<string>()));
            queue = new Queue<Guid>(ids.Where(id => (id.GetHashCode() & int.MaxValue) % shares == share).OrderBy(_ => Rng.Next()));
            seen.AddRange(queue.Where(id => !seen.Contains(id)));
        });

    /// <summary>The next form in the queue (refilled from the list API when empty), with the samples that took.</summary>
    private async Task<(Guid? Id, List<Sample> Samples)> NextAsync(CancellationToken ct, bool take)
    {
        var samples = new List<Sample>();
        if (queue.Count == 0) samples.Add(await RefreshAsync(ct));
        if (queue.Count == 0) return (null, samples);
        return (take ? queue.Dequeue() : queue.Peek(), samples);
    }

    /// <summary>Opens a form waiting for review (or one seen before, when nothing waits): the project page.</summary>
    private async Task<IReadOnlyList<Sample>> OpenAsync(CancellationToken ct)
    {
        var (id, samples) = await NextAsync(ct, take: false);
        id ??= seen.Count > 0 ? seen[Rng.Next(seen.Count)] : null;
        if (id is { } open) samples.Add(await GetAsync("open", $"/Projects/{open}", ct));
        return samples;
    }

    /// <summary>
    /// Reviews the next waiting form: 主管部门 passes it (通过), 财政局 approves it (批复), or either returns it (退回)
    /// after a comment on the form, as the return requires. Another person may have moved the form in the meantime
    /// (its unit withdrew it): the app's refusal (409/422) is a correct answer, counted apart from errors.
    /// </summary>
    public async Task<IReadOnlyList<Sample>> ReviewAsync(bool returnIt, CancellationToken ct)
    {
        var (id, samples) = await NextAsync(ct, take: true);
        if (id is not { } form) return samples;
        samples.Add(await GetAsync("open", $"/Projects/{form}", ct));
        if (returnIt) return [.. samples, .. await ReturnAsync(form, ct)];
        samples.Add(await TransitionAsync(finance ? "approve" : "pass", form, new { action = finance ? "Approve" : "Pass" }, ct));
        return samples;
    }

    /// <summary>Returns a form for its unit to change: a comment on the form, then 退回 with the reason.</summary>
    private async Task<IReadOnlyList<Sample>> ReturnAsync(Guid form, CancellationToken ct)
    {
        const string text = "请补充绩效指标的计量单位和测算依据。";
        var comment = await TimedAsync("comment", () => Http.PostAsJsonAsync($"/api/v1/projects/{form}/comments", new { anchor = "project", text }, ct),
            null, HttpStatusCode.NoContent, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity);
        if (comment.Status != (int)HttpStatusCode.NoContent) return [comment];
        return [comment, await TransitionAsync("return", form, new { action = "Return", comment = text }, ct)];
    }

    private Task<Sample> TransitionAsync(string step, Guid form, object body, CancellationToken ct) =>
        TimedAsync(step, () => Http.PostAsJsonAsync($"/api/v1/projects/{form}/transitions", body, ct),
            null, HttpStatusCode.NoContent, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity);

    /// <summary>分析 for the reviewer's whole scope, then down one level at a time (department, unit) to a project.</summary>
    private async Task<IReadOnlyList<Sample>> AnalysisAsync(CancellationToken ct)
    {
        var html = "";
        var samples = new List<Sample> { await GetAsync("analysis", "/Analysis", ct, b => html = b) };
        // Each level's rows link one level down; a project row ends the drill-down.
        for (var depth = 0; depth < 4 && samples[^1].Ok; depth++)
        {
            var rows = Links.Drill(html);
            if (rows.Count == 0) break;
            var next = rows[Rng.Next(rows.Count)];
            var project = next.Contains("project=", StringComparison.Ordinal);
            samples.Add(await GetAsync(project ? "analysis_project" : "analysis_drill", next, ct, b => html = b));
            if (project) break;
        }
        return samples;
    }

    /// <summary>Downloads one 申报表 of a form seen in the lists, as xlsx, docx or pdf.</summary>
    private async Task<IReadOnlyList<Sample>> ExportAsync(string format, CancellationToken ct)
    {
        var samples = new List<Sample>();
        if (seen.Count == 0) samples.Add(await RefreshAsync(ct));
        if (seen.Count == 0) return samples;
        samples.Add(await GetAsync($"export_{format}", $"/api/v1/projects/{seen[Rng.Next(seen.Count)]}/export?format={format}", ct));
        return samples;
    }

    /// <summary>The 指标库 list with a filter, then one entry's history from it.</summary>
    private async Task<IReadOnlyList<Sample>> IndicatorsAsync(CancellationToken ct)
    {
        var entries = new List<string>();
        var list = await GetAsync("indicators", "/Indicators" + LibraryFilters[Rng.Next(LibraryFilters.Length)], ct,
            html => entries = Links.Starting(html, "/Indicators?").Where(h => h.Contains("id=", StringComparison.Ordinal)).ToList());
        if (entries.Count == 0) return [list];
        return [list, await GetAsync("indicator", entries[Rng.Next(entries.Count)], ct)];
    }
}

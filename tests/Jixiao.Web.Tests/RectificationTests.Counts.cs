using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Rectification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// 工作台 and 分析 count the unclosed 整改 of the user's scope (ADR-062): finance all, a 主管部门 its own units, a unit its
/// own; an item whose due date passes moves from 待整改 (not overdue) to 逾期.
/// </summary>
public abstract partial class RectificationTests<TApp>
{
    /// <summary>Open and overdue items per owner organisation path, straight from the table.</summary>
    private async Task<List<(string Path, bool Overdue)>> OpenItemsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var today = Today;
        return (await db.RectificationItems.AsNoTracking().Where(i => i.State == RectificationState.Open)
                .Select(i => new { i.OwnerUnit!.Path, i.DueDate }).ToListAsync(Ct))
            .Select(i => (i.Path, i.DueDate < today)).ToList();
    }

    /// <summary>The scope rule: finance reaches every unit, anyone else the organisations at and under their own.</summary>
    private async Task<(string? ScopePath, int FocusId, OrgKind Kind)> ScopeOfAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var org = await db.Users.Where(u => u.UserName == userName).Select(u => u.Organization!).SingleAsync(Ct);
        if (org.Kind == OrgKind.FinanceBureau)
        {
            var top = await db.Organizations.Where(o => o.ParentId == null).OrderBy(o => o.Id).FirstAsync(Ct); // 分析's district
            return (null, top.Id, top.Kind);
        }
        return (org.Path, org.Id, org.Kind);
    }

    private static int Number(string html, string pattern) =>
        int.Parse(Assert.Single(Regex.Matches(html, pattern)).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The 整改情况 rows of /Analysis: each child organisation's 待整改 and 其中逾期.</summary>
    private static Dictionary<int, (int Open, int Overdue)> AnalysisRows(string html)
    {
        var open = Regex.Matches(html, "href=\"/Rectifications\\?org=(\\d+)&amp;state=Open\">(\\d+)</a>")
            .ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        var overdue = Regex.Matches(html, "href=\"/Rectifications\\?org=(\\d+)&amp;overdue=true\" data-testid=\"analysis-overdue\">(\\d+)</a>")
            .ToDictionary(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        Assert.Equal(open.Keys.Order(), overdue.Keys.Order());
        return open.ToDictionary(o => o.Key, o => (o.Value, overdue[o.Key]));
    }

    /// <summary>The expected 分析 rows: the focus's children (a unit: itself) with their open and overdue items.</summary>
    private async Task<Dictionary<int, (int Open, int Overdue)>> ExpectedAnalysisRowsAsync(int focusId, OrgKind kind, List<(string Path, bool Overdue)> inScope)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var children = kind == OrgKind.Unit
            ? await db.Organizations.Where(o => o.Id == focusId).Select(o => new { o.Id, o.Path }).ToListAsync(Ct)
            : await db.Organizations.Where(o => o.ParentId == focusId && (o.Kind == OrgKind.Department || o.Kind == OrgKind.Unit))
                .Select(o => new { o.Id, o.Path }).ToListAsync(Ct);
        var answered = (await db.RectificationItems.AsNoTracking().Where(i => i.State == RectificationState.Answered)
            .Select(i => i.OwnerUnit!.Path).ToListAsync(Ct));
        return children
            .Select(c => (c.Id, Items: inScope.Where(i => i.Path.StartsWith(c.Path, StringComparison.Ordinal)).ToList(),
                Answered: answered.Count(p => p.StartsWith(c.Path, StringComparison.Ordinal))))
            .Where(c => c.Items.Count + c.Answered > 0) // a child with nothing unclosed is left out
            .ToDictionary(c => c.Id, c => (c.Items.Count, c.Items.Count(i => i.Overdue)));
    }

    private async Task AssertCountsAsync(string userName)
    {
        var (scopePath, focusId, kind) = await ScopeOfAsync(userName);
        var inScope = (await OpenItemsAsync()).Where(i => scopePath is null || i.Path.StartsWith(scopePath, StringComparison.Ordinal)).ToList();
        var client = await app.LoginAsync(userName);

        var home = await client.GetStringAsync("/", Ct);
        Assert.Equal(inScope.Count, Number(home, "data-testid=\"rectification-open\">(\\d+)</a>"));
        Assert.Equal(inScope.Count(i => i.Overdue), Number(home, "data-testid=\"rectification-overdue\">逾期 (\\d+) 项</a>"));

        var rows = AnalysisRows(await client.GetStringAsync("/Analysis", Ct));
        Assert.Equal(await ExpectedAnalysisRowsAsync(focusId, kind, inScope), rows);
    }

    [Theory]
    [InlineData("finance")]
    [InlineData("kewei")]
    [InlineData("zfb")]
    [InlineData("kczx")]
    [InlineData("dsj")]
    public async Task WorkbenchAndAnalysis_CountOpenAndOverdue_InTheRolesScope(string userName)
    {
        // An overdue item of each unit, so that every scope has something to count and something to leave out.
        await OverdueItemAsync(Kczx);
        await OverdueItemAsync(Jixiao.Web.Infrastructure.DemoOrganizations.BigDataCentre, "zfb");
        await AssertCountsAsync(userName);
    }

    [Fact]
    public async Task Item_WhoseDueDatePasses_MovesFromOpenToOverdue_OnTheWorkbench()
    {
        var kczx = await app.LoginAsync("kczx");
        var id = await RaiseAsync(await app.LoginAsync("kewei"), await UnitIdAsync(Kczx), Today);
        var home = await kczx.GetStringAsync("/", Ct);
        var (open, overdue) = (Number(home, "data-testid=\"rectification-open\">(\\d+)</a>"), Number(home, "data-testid=\"rectification-overdue\">逾期 (\\d+) 项</a>"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var item = await db.RectificationItems.SingleAsync(i => i.Id == id, Ct);
            item.DueDate = Today.AddDays(-1); // time passes: yesterday was its last day
            await db.SaveChangesAsync(Ct);
        }

        home = await kczx.GetStringAsync("/", Ct);
        Assert.Equal(open, Number(home, "data-testid=\"rectification-open\">(\\d+)</a>")); // still open
        Assert.Equal(overdue + 1, Number(home, "data-testid=\"rectification-overdue\">逾期 (\\d+) 项</a>"));
        await AssertCountsAsync("kczx");
        await AssertCountsAsync("kewei");
        await AssertCountsAsync("finance");
    }
}

using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DisclosureTestSupport;

namespace Jixiao.Web.Tests;

public abstract partial class DisclosurePageTests<TApp>
{
    /// <summary>
    /// Times are shown in Asia/Shanghai whatever the server's zone (the suite runs with TZ=UTC): a package published at
    /// 17:30 UTC was published at 01:30 the next day in Shanghai, on the unit's list, its page and the public list.
    /// </summary>
    [Fact]
    public async Task Lists_ShowThePublicationTime_InShanghai_NotUtc()
    {
        var id = await DemoPackageIdAsync(app);
        var at = new DateTimeOffset(2024, 3, 1, 17, 30, 0, TimeSpan.Zero);
        await WithDbAsync(app, db => db.Disclosures.Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.PublishedAt, at).SetProperty(d => d.UpdatedAt, at), Ct));

        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetStringAsync("/Disclosure", Ct);
        Assert.Contains("<td>2024-03-02 01:30</td>", list);
        Assert.DoesNotContain("2024-03-01 17:30", list);
        Assert.Contains("公开于 2024-03-02 01:30", await unit.GetStringAsync($"/Disclosure/{id}", Ct));
        var open = await app.CreateClient().GetStringAsync("/Public/Disclosure", Ct);
        Assert.Contains("<td>2024-03-02</td>", open);
    }
}

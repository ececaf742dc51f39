using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Data.Content;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.DisclosureTestSupport;

namespace Jixiao.Web.Tests;

/// <summary>The disclosure screens through their real forms (antiforgery included).</summary>
public abstract partial class DisclosurePageTests<TApp>(TApp app) where TApp : AppFixture
{
    [Fact]
    public async Task Details_DemoPackage_PrintsTablesWithFindingsBeside()
    {
        var client = await app.LoginAsync("kczx");
        var html = await client.GetStringAsync($"/Disclosure/{await DemoPackageIdAsync(app)}", Ct);
        foreach (var title in new[] { "2021年单位财务收支预算总表", "2021年单位政府性基金预算支出功能分类预算表", "单位“三公”经费和机关运行经费预算表" })
            Assert.Contains(title, html);
        Assert.Contains("18,963,662.79", html);
        Assert.Contains("data-testid=\"findings-3\"", html);
        Assert.Contains("已公开", html);
    }

    /// <summary>The page prints each table's head rows as the definition (and so the export) has them, group heads as printed.</summary>
    [Fact]
    public async Task Details_DemoPackage_PrintsEveryTableHeadAsTheDefinitionHasIt()
    {
        var client = await app.LoginAsync("kczx");
        var id = await DemoPackageIdAsync(app);
        var html = await client.GetStringAsync($"/Disclosure/{id}", Ct);
        var package = DisclosureJson.Deserialize(await WithDbAsync(app, db => db.Disclosures.Where(d => d.Id == id).Select(d => d.Content).SingleAsync(Ct)));
        TablePrint[] prints =
        [
            package.Summary!.Print, package.Income!.Print, package.Expense!.Print, package.Fiscal!.Print, package.GeneralBudget!.Print,
            package.GovernmentFund!.Print, package.BasicByEconomic!.Print, package.ThreePublic!.Print,
        ];
        foreach (var table in DisclosureForm.Tables)
        {
            var section = Regex.Match(html, $"data-testid=\"table-{table.Number}\".*?</thead>", RegexOptions.Singleline).Value;
            var heads = Regex.Matches(section, "<th[^>]*>(.*?)</th>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Equal(table.HeadFor(package.Year, prints[table.Number - 1].GroupHeaders).SelectMany(r => r).Select(c => c.Text), heads);
        }
    }

    [Fact]
    public async Task List_Unit_SeesOnlyItsOwnPackages()
    {
        var client = await app.LoginAsync("dsj");
        var html = await client.GetStringAsync("/Disclosure", Ct);
        Assert.DoesNotContain("上海市松江区科技创新服务中心", html);
        var kczx = await (await app.LoginAsync("kczx")).GetStringAsync("/Disclosure", Ct);
        Assert.Contains("上海市松江区科技创新服务中心", kczx);
    }

    [Fact]
    public async Task Import_PreviewThenCommit_WritesOnlyOnCommit()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var form = await client.GetStringAsync("/Disclosure/Import", Ct);
        var content = new MultipartFormDataContent
        {
            { new StringContent(Token(form)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(SeedBytes(client));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        content.Add(file, "upload", SeedFile);

        var preview = await client.PostAsync("/Disclosure/Import?handler=Preview", content, Ct);
        var html = await preview.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("data-testid=\"preview-summary\"", html);
        Assert.Contains("18,963,662.79", html);
        Assert.False(await WithDbAsync(app, db => db.Disclosures.AnyAsync(d => d.UnitId == unitId, Ct)));

        var commit = await client.PostAsync("/Disclosure/Import?handler=Commit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["fileName"] = Hidden(html, "fileName"),
            ["contentBase64"] = Hidden(html, "contentBase64"),
            ["__RequestVerificationToken"] = Token(html),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        Assert.True(await WithDbAsync(app, db => db.Disclosures.AnyAsync(d => d.UnitId == unitId && d.Year == 2021, Ct)));
    }

    [Fact]
    public async Task Import_DocumentOfAnotherUnit_IsRefusedAtPreviewAndAtCommit()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var form = await client.GetStringAsync("/Disclosure/Import", Ct);
        var content = new MultipartFormDataContent { { new StringContent(Token(form)), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(SeedBytes()); // prints 科创中心, not the test unit
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        content.Add(file, "upload", SeedFile);
        var preview = await (await client.PostAsync("/Disclosure/Import?handler=Preview", content, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"import-error\"", preview);
        Assert.Contains("不是本单位", preview);
        Assert.DoesNotContain("data-testid=\"commit\"", preview);

        // A hand-made commit of the same bytes (skipping the preview) is refused the same way.
        var commit = await client.PostAsync("/Disclosure/Import?handler=Commit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["fileName"] = SeedFile,
            ["contentBase64"] = Convert.ToBase64String(SeedBytes()),
            ["__RequestVerificationToken"] = Token(form),
        }), Ct);
        Assert.Contains("不是本单位", await commit.Content.ReadAsStringAsync(Ct));
        Assert.False(await WithDbAsync(app, db => db.Disclosures.AnyAsync(d => d.UnitId == unitId, Ct)));
    }

    [Fact]
    public async Task Import_CorruptPreviewData_ShowsErrorAndWritesNothing()
    {
        var (client, unitId) = await NewUnitAsync(app);
        var form = await client.GetStringAsync("/Disclosure/Import", Ct);
        var response = await client.PostAsync("/Disclosure/Import?handler=Commit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["fileName"] = "x.txt",
            ["contentBase64"] = "not base64!",
            ["__RequestVerificationToken"] = Token(form),
        }), Ct);
        Assert.Contains("预览数据无效", await response.Content.ReadAsStringAsync(Ct));
        Assert.False(await WithDbAsync(app, db => db.Disclosures.AnyAsync(d => d.UnitId == unitId, Ct)));
    }

    [Theory]
    [InlineData("abc", "金额格式错误")]          // not a number
    [InlineData("1,23.00", "千分位分隔符位置不正确")] // misplaced grouping
    public async Task Edit_InvalidAmount_ShowsReasonAndSavesNothing(string input, string reason)
    {
        var (client, _) = await NewUnitAsync(app);
        var id = await CreateDraftAsync(client);
        var page = await client.GetStringAsync($"/Disclosure/{id}/Edit", Ct);
        var response = await client.PostAsync($"/Disclosure/{id}/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["stamp"] = Hidden(page, "stamp"),
            ["cell:3.sum.total"] = input,
            ["__RequestVerificationToken"] = Token(page),
        }), Ct);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await WithDbAsync(app, db => db.AuditEvents.CountAsync(e => e.EntityId == id.ToString() && e.Action == "Update", Ct)));
    }

    [Fact]
    public async Task Edit_ValidAmount_SavesRechecksAndAudits()
    {
        var (client, _) = await NewUnitAsync(app);
        var id = await CreateDraftAsync(client);
        var page = await client.GetStringAsync($"/Disclosure/{id}/Edit", Ct);
        Assert.Contains("name=\"cell:8.main.reception\"", page);
        var response = await client.PostAsync($"/Disclosure/{id}/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["stamp"] = Hidden(page, "stamp"),
            ["cell:8.main.reception"] = "4,000.00",
            ["__RequestVerificationToken"] = Token(page),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetStringAsync($"/Disclosure/{id}", Ct);
        Assert.Contains("4,000.00", details);
        Assert.Contains("data-rule=\"DSC-06\"", details); // 三公 合计 3,000.00 ≠ 4,000.00
        var diff = await WithDbAsync(app, db => db.AuditEvents.Where(e => e.EntityId == id.ToString() && e.Action == "Update").Select(e => e.Diff).SingleAsync(Ct));
        Assert.Contains("8.main.reception", diff);
    }

    [Fact]
    public async Task Details_SubmitWithErrors_ListsBlockingFindings()
    {
        var (client, _) = await NewUnitAsync(app);
        var id = await CreateDraftAsync(client);
        var page = await client.GetStringAsync($"/Disclosure/{id}/Edit", Ct);
        await client.PostAsync($"/Disclosure/{id}/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["stamp"] = Hidden(page, "stamp"),
            ["cell:7.sum.personnel"] = "1.00",
            ["__RequestVerificationToken"] = Token(page),
        }), Ct);
        var details = await client.GetStringAsync($"/Disclosure/{id}", Ct);
        var response = await client.PostAsync($"/Disclosure/{id}?handler=Move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["action"] = "Submit",
            ["stamp"] = Hidden(details, "stamp"),
            ["__RequestVerificationToken"] = Token(details),
        }), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("错误级审核问题", html);
        Assert.Contains("data-testid=\"blocking\"", html);
        Assert.Contains("草稿", html);
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteDisclosurePageTests(SqliteApp app) : DisclosurePageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDisclosurePageTests(PostgresApp app) : DisclosurePageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

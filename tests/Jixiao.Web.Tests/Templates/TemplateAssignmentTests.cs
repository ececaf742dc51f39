using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Templates;

/// <summary>
/// 表单模板 (ADR-032): the administrator chooses the template per year and form kind; a new form is created on it and
/// keeps it when the choice changes; no choice is the Shanghai form as before; a bad choice is refused in Chinese.
/// </summary>
public abstract class TemplateAssignmentTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static string Token(string page) =>
        Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    internal static async Task<HttpResponseMessage> AssignAsync(HttpClient admin, int year, string kind, string templateId)
    {
        var page = await admin.GetStringAsync("/Admin/Templates", Ct);
        return await admin.PostAsync("/Admin/Templates", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["kind"] = kind,
            ["templateId"] = templateId,
            ["__RequestVerificationToken"] = Token(page),
        }), Ct);
    }

    internal static async Task<Guid> NewProjectAsync(HttpClient unit, string name, int year)
    {
        var form = await unit.GetStringAsync("/Projects/New", Ct);
        var created = await unit.PostAsync("/Projects/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = Token(form),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[2]);
    }

    private async Task<string> TemplateOfAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().Projects.Where(p => p.Id == id).Select(p => p.TemplateId).SingleAsync(Ct);
    }

    [Fact]
    public async Task Admin_ChoosesATemplateForAYear_NewDeclarationsUseIt_ExistingOnesKeepTheirs()
    {
        var admin = await app.LoginAsync("admin");
        var unit = await app.LoginAsync("kczx");

        // The page lists every template by its Chinese name (the directory's too), never by id.
        var page = await admin.GetStringAsync("/Admin/Templates", Ct);
        Assert.Contains(AddedTemplate.DisplayName, page);
        Assert.Contains("四川省 部门预算项目支出绩效自评表", page);
        Assert.Contains("模板目录", page);
        Assert.DoesNotContain(">" + AddedTemplate.Id + "<", page);
        Assert.DoesNotContain(">SC-PROJ-SE<", page);

        var answer = await AssignAsync(admin, 2031, "projectDeclaration", AddedTemplate.Id);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var shown = await answer.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"2031 年度新建的项目绩效目标表将使用“{AddedTemplate.DisplayName}”", shown);

        var onIt = await NewProjectAsync(unit, "模板选择检查项目", 2031);
        var onDefault = await NewProjectAsync(unit, "默认模板检查项目", 2030);
        Assert.Equal(AddedTemplate.Id, await TemplateOfAsync(onIt));
        Assert.Equal("SH-DIST-2024", await TemplateOfAsync(onDefault));

        // The editor is the template's: its extra field, its columns and its level-2 names as the choices.
        var editor = await unit.GetStringAsync($"/Projects/{onIt}/Edit", Ct);
        Assert.Contains($">{AddedTemplate.FieldLabel}</label>", editor);
        Assert.Contains($"data-field=\"{AddedTemplate.FieldKey}\"", editor);
        Assert.Contains(AddedTemplate.Level2, Regex.Unescape(WebUtility.HtmlDecode(editor))); // the tree travels as JSON in an attribute

        // A later choice does not rewrite the form created on the earlier one.
        Assert.Equal(HttpStatusCode.OK, (await AssignAsync(admin, 2031, "projectDeclaration", "HN-PROJ-TARGET")).StatusCode);
        Assert.Equal(AddedTemplate.Id, await TemplateOfAsync(onIt));
        Assert.Equal("HN-PROJ-TARGET", await TemplateOfAsync(await NewProjectAsync(unit, "改选后的项目", 2031)));

        // Recorded in the audit trail by the templates' names.
        var audit = await admin.GetStringAsync("/Admin/Audit?type=TemplateAssignment", Ct);
        Assert.Contains("湖南省 项目绩效目标表", audit);
        Assert.Contains("表单模板设置", audit);

        // Back to the default.
        Assert.Equal(HttpStatusCode.OK, (await AssignAsync(admin, 2031, "projectDeclaration", "")).StatusCode);
        Assert.Equal("SH-DIST-2024", await TemplateOfAsync(await NewProjectAsync(unit, "恢复默认后的项目", 2031)));
    }

    [Fact]
    public async Task Admin_TemplateOfAnotherKind_OrUnknown_IsRefusedInChinese_AndNothingIsStored()
    {
        var admin = await app.LoginAsync("admin");

        var wrongKind = await (await AssignAsync(admin, 2032, "projectDeclaration", "SC-PROJ-SE")).Content.ReadAsStringAsync(Ct);
        var unknown = await (await AssignAsync(admin, 2032, "projectSelfEvaluation", "NO-SUCH")).Content.ReadAsStringAsync(Ct);
        var badYear = await (await AssignAsync(admin, 1900, "projectSelfEvaluation", "SC-PROJ-SE")).Content.ReadAsStringAsync(Ct);

        Assert.Contains("“四川省 部门预算项目支出绩效自评表”是项目绩效自评表，不能用作项目绩效目标表。", WebUtility.HtmlDecode(wrongKind));
        Assert.Contains("所选表单模板不存在", unknown);
        Assert.Contains("年度应在 2000 至 2100 之间。", badYear);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().TemplateAssignments.AnyAsync(a => a.Year == 2032 || a.Year == 1900, Ct));
    }

    [Fact]
    public async Task Unit_CannotChooseTemplates()
    {
        var unit = await app.LoginAsync("kczx");
        var answer = await unit.GetAsync("/Admin/Templates", Ct);
        Assert.NotEqual(HttpStatusCode.OK, answer.StatusCode);
    }

    /// <summary>A 自评表 started in a year whose 自评表 template is chosen scores with that template's pools.</summary>
    [Fact]
    public async Task SelfEvaluation_StartedInAYearWithAChosenTemplate_UsesItsProfile()
    {
        var admin = await app.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await AssignAsync(admin, 2024, "projectSelfEvaluation", "SC-PROJ-SE")).StatusCode);
        try
        {
            var unit = await app.LoginAsync("kczx");
            var list = await unit.GetFromJsonAsync<JsonArray>("/api/v1/projects?year=2024", Ct);
            var id = list!.First(p => p!["name"]!.GetValue<string>() == "短信平台月租费")!["id"]!.GetValue<Guid>();
            await Move(unit, id, "Submit", "已核实。");
            var reviewer = await app.LoginAsync("kewei");
            await Move(reviewer, id, "Open");
            await Move(reviewer, id, "Pass");
            await Move(await app.LoginAsync("finance"), id, "Approve");

            var started = await unit.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId = id }, Ct);
            Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync(Ct));
            await using var scope = app.Services.CreateAsyncScope();
            var profile = await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().SelfEvaluations.Where(e => e.ProjectId == id).Select(e => e.ProfileId).SingleAsync(Ct);
            Assert.Equal("SC-PROJ-SE", profile);
        }
        finally
        {
            await AssignAsync(admin, 2024, "projectSelfEvaluation", "");
        }
    }

    /// <summary>
    /// A template added without code (a file in the templates directory): assigned for a year, a new declaration shows
    /// its extra field and column, saving keeps them, and the export prints them in its layout.
    /// </summary>
    [Fact]
    public async Task AddedTemplate_ExtraFieldAndColumn_AreEntered_Saved_AndExported()
    {
        var admin = await app.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await AssignAsync(admin, 2033, "projectDeclaration", AddedTemplate.Id)).StatusCode);
        var unit = await app.LoginAsync("kczx");
        var id = await NewProjectAsync(unit, "新模板录入检查项目", 2033);

        var editor = await unit.GetStringAsync($"/Projects/{id}/Edit", Ct);
        Assert.Contains($">{AddedTemplate.FieldLabel}</label>", editor);
        Assert.Contains($"<th data-column=\"{AddedTemplate.ColumnKey}\">{AddedTemplate.ColumnLabel}</th>", editor);
        Assert.Contains("<th data-column=\"standard\">绩效标准</th>", editor);

        var detail = (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!;
        var content = detail["content"]!.DeepClone().AsObject();
        content["fields"]![AddedTemplate.FieldKey] = "市级专项转移支付";
        content["fields"]!["projectFundsTotal"] = "120,000.00";
        content["fields"]!["annualGoal"] = "完成年度惠民任务。";
        content["indicators"] = new JsonArray(new JsonObject
        {
            ["level1"] = "效益指标",
            ["level2"] = AddedTemplate.Level2,
            ["name"] = "惠及群众人数",
            ["targetText"] = "≥1000人",
            ["columns"] = new JsonObject { [AddedTemplate.ColumnKey] = "区统计年报", ["standard"] = "达到指标值得满分" },
        });
        var saved = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject { ["content"] = content, ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone() }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);

        var back = (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!["content"]!;
        Assert.Equal("市级专项转移支付", back["fields"]![AddedTemplate.FieldKey]!.GetValue<string>());
        var row = back["indicators"]![0]!;
        Assert.Equal("区统计年报", row["columns"]![AddedTemplate.ColumnKey]!.GetValue<string>());
        Assert.Equal("达到指标值得满分", row["columns"]!["standard"]!.GetValue<string>());

        var html = WebUtility.HtmlDecode(await unit.GetStringAsync($"/api/v1/projects/{id}/export?format=html", Ct));
        Assert.Contains("项目支出绩效目标申报表", html);
        foreach (var text in new[] { AddedTemplate.FieldLabel, "市级专项转移支付", AddedTemplate.ColumnLabel, "区统计年报", "绩效标准", "达到指标值得满分", AddedTemplate.Level2 })
            Assert.Contains(text, html);
        var xlsx = await unit.GetByteArrayAsync($"/api/v1/projects/{id}/export?format=xlsx", Ct);
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(xlsx));
        var cells = book.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()).ToList();
        Assert.Contains(AddedTemplate.ColumnLabel, cells);
        Assert.Contains("区统计年报", cells);
        Assert.Contains("市级专项转移支付", cells);

        // A column the form does not have is refused naming it, and nothing changes.
        var now = (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!;
        var bad = now["content"]!.DeepClone().AsObject();
        bad["indicators"]![0]!["columns"] = new JsonObject { ["noSuchColumn"] = "x" };
        var refused = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject { ["content"] = bad, ["concurrencyStamp"] = now["concurrencyStamp"]!.DeepClone() }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("本表的绩效指标没有“noSuchColumn”这一列", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal("区统计年报", (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!["content"]!["indicators"]![0]!["columns"]![AddedTemplate.ColumnKey]!.GetValue<string>());
    }

    /// <summary>A Shanghai declaration's API record is as before: its rows carry no column texts.</summary>
    [Fact]
    public async Task ShanghaiDeclaration_RowsCarryNoColumns()
    {
        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetFromJsonAsync<JsonArray>("/api/v1/projects?year=2024", Ct);
        var id = list![0]!["id"]!.GetValue<Guid>();
        var raw = await unit.GetStringAsync($"/api/v1/projects/{id}", Ct);
        Assert.DoesNotContain("\"columns\"", raw);
    }

    private static async Task Move(HttpClient c, Guid id, string action, string? ack = null) =>
        Assert.Equal(HttpStatusCode.NoContent,
            (await c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, acknowledgement = ack }, Ct)).StatusCode);
}

public sealed class SqliteTemplateAssignmentTests(TemplatesSqliteApp app) : TemplateAssignmentTests<TemplatesSqliteApp>(app), IClassFixture<TemplatesSqliteApp>;

public sealed class PostgresTemplateAssignmentTests(TemplatesPostgresApp app) : TemplateAssignmentTests<TemplatesPostgresApp>(app), IClassFixture<TemplatesPostgresApp>;

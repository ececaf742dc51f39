using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.SelfEvaluationTestData;

namespace Jixiao.Web.Tests;

/// <summary>
/// A field added to the 自评表 definition (kept by key, <see cref="FieldBinding.Stored"/>) needs no page change: the page
/// offers it under its label, a post saves it in EvaluationContent.Fields, the read-only view shows it, and nothing is
/// filled in that nobody typed. The host runs on a copy of the definition with one more field (<see cref="SelfEvaluationDefinition"/>).
/// </summary>
public abstract class SelfEvaluationFieldTests<TApp>(TApp app) where TApp : AppFixture
{
    public const string Key = "evaluationContact";
    public const string Label = "自评联系人";
    private const string Kczx = "上海市松江区科技创新服务中心";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The district 自评表 with one more field, entered and kept by key.</summary>
    public static SelfEvaluationDefinition WithContact { get; } = new(SelfEvaluationForms.District2023 with
    {
        Fields =
        [
            .. SelfEvaluationForms.District2023.Fields,
            new FieldDefinition { Key = Key, Label = Label, Kind = FieldKind.Text, Place = new(FormBlocks.Goals, 2, 1, 2) },
        ],
    });

    [Fact]
    public async Task StoredField_IsOffered_Saved_AndShownReadOnly_WithNothingInvented()
    {
        var (projectId, _) = await ApproveDemoProjectAsync(app, Kczx, HasEveryPool, Ct);
        var client = await app.LoginAsync("kczx");
        var started = await client.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        // Offered under its Chinese label, empty: nobody typed a value, so none is shown or stored.
        var page = await client.GetStringAsync($"/SelfEvaluations/{id}", Ct);
        Assert.Contains($"<label class=\"form-label small text-muted\" for=\"field-{Key}\">{Label}</label>", page);
        Assert.Matches($"<input class=\"form-control\" id=\"field-{Key}\" name=\"Form.Fields\\[{Key}\\]\" data-field-top=\"{Key}\" />", page);
        var fields = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct)).GetProperty("form").GetProperty("fields");
        Assert.Equal(JsonValueKind.Null, fields.GetProperty(Key).ValueKind);

        // Posted as the page names it, saved by key.
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var stamp = Regex.Match(page, "name=\"Form.ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
        var saved = await client.PostAsync($"/SelfEvaluations/{id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.ConcurrencyStamp"] = stamp,
            ["Form.ExecutionWeight"] = "10",
            ["Form.ActualOutcome"] = "已完成年度目标。",
            [$"Form.Fields[{Key}]"] = "  李四 ",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        fields = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct)).GetProperty("form").GetProperty("fields");
        Assert.Equal("李四", fields.GetProperty(Key).GetString());
        Assert.Contains($"value=\"李四\" data-field-top=\"{Key}\"", await client.GetStringAsync($"/SelfEvaluations/{id}", Ct));

        // Once submitted the page is read-only and shows the value as text under the label.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            db.SetStoredState(await db.SelfEvaluations.SingleAsync(e => e.Id == id, Ct), FormState.Submitted);
            await db.SaveChangesAsync(Ct);
        }
        var view = await client.GetStringAsync($"/SelfEvaluations/{id}", Ct);
        Assert.Contains($"for=\"field-{Key}\">{Label}</label>", view);
        Assert.Contains($"data-field=\"{Key}\">李四</div>", view);
        Assert.DoesNotContain($"name=\"Form.Fields[{Key}]\"", view);
    }

    [Fact]
    public async Task TheApi_SavesTheField_ByItsKey_AndABlankOneClearsIt()
    {
        var (projectId, _) = await ApproveDemoProjectAsync(app, Kczx, HasEveryPool, Ct);
        var client = await app.LoginAsync("kczx");
        var started = await client.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        async Task<JsonElement> Detail() => await client.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct);

        var put = await client.PutAsJsonAsync($"/api/v1/self-evaluations/{id}",
            new { concurrencyStamp = (await Detail()).GetProperty("concurrencyStamp").GetGuid(), fields = new Dictionary<string, string?> { [Key] = "王五" } }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal("王五", (await Detail()).GetProperty("form").GetProperty("fields").GetProperty(Key).GetString());

        var cleared = await client.PutAsJsonAsync($"/api/v1/self-evaluations/{id}",
            new { concurrencyStamp = (await Detail()).GetProperty("concurrencyStamp").GetGuid(), fields = new Dictionary<string, string?> { [Key] = " " } }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await Detail()).GetProperty("form").GetProperty("fields").GetProperty(Key).ValueKind);
    }
}

/// <summary>A SQLite host entering the 自评表 on <see cref="SelfEvaluationFieldTests{TApp}.WithContact"/>.</summary>
public sealed class SqliteSelfEvaluationFieldApp : SqliteApp
{
    protected override bool StartsFromSeededCopy => false; // its settings change what the seed writes

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton(SelfEvaluationFieldTests<SqliteSelfEvaluationFieldApp>.WithContact));
    }
}

/// <summary>A PostgreSQL host entering the 自评表 on <see cref="SelfEvaluationFieldTests{TApp}.WithContact"/>.</summary>
public sealed class PostgresSelfEvaluationFieldApp : PostgresApp
{
    protected override bool StartsFromSeededCopy => false; // its settings change what the seed writes

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton(SelfEvaluationFieldTests<PostgresSelfEvaluationFieldApp>.WithContact));
    }
}

public sealed class SqliteSelfEvaluationFieldTests(SqliteSelfEvaluationFieldApp app)
    : SelfEvaluationFieldTests<SqliteSelfEvaluationFieldApp>(app), IClassFixture<SqliteSelfEvaluationFieldApp>;

public sealed class PostgresSelfEvaluationFieldTests(PostgresSelfEvaluationFieldApp app)
    : SelfEvaluationFieldTests<PostgresSelfEvaluationFieldApp>(app), IClassFixture<PostgresSelfEvaluationFieldApp>;

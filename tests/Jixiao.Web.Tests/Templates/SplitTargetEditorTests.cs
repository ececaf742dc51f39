using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests.Templates;

/// <summary>
/// Issue 14 item 1: units enter in the template's layout. Where the year's 申报表 prints 指标性质 / 指标值 / 度量单位 as
/// separate cells, the indicator editor has one input each, joined into the one stored target by
/// <c>TargetCells.Join</c> (through /api/v1/targets/parse) and split from it by <c>TargetCells.Split</c>; Shanghai's form
/// keeps its single target input.
/// </summary>
public abstract class SplitTargetEditorTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ParseAsync(HttpClient c, object body)
    {
        var response = await c.PostAsJsonAsync("/api/v1/targets/parse", body, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static (string, string, string) Cells(JsonElement parsed) =>
        (parsed.GetProperty("cells").GetProperty("comparator").GetString()!, parsed.GetProperty("cells").GetProperty("value").GetString()!,
            parsed.GetProperty("cells").GetProperty("unit").GetString()!);

    [Fact]
    public async Task SplitTemplate_EditorHasComparatorValueUnitInputs_JoinedOnSave_SplitOnLoad_ShanghaiKeepsOneInput()
    {
        var admin = await app.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await TemplateAssignmentTests<TApp>.AssignAsync(admin, 2036, "projectDeclaration", SplitTargetTemplate.Id)).StatusCode);
        var unit = await app.LoginAsync("kczx");
        var id = await TemplateAssignmentTests<TApp>.NewProjectAsync(unit, "分格指标值录入项目", 2036);

        var editor = WebUtility.HtmlDecode(await unit.GetStringAsync($"/Projects/{id}/Edit", Ct));
        // The three headers in the template's order, and the parts the script draws inputs for.
        Assert.Matches("data-target-part=\"comparator\">指标性质</th>\\s*<th class=\"col-target\" data-target-part=\"target\">指标值</th>\\s*<th class=\"col-target-part\" data-target-part=\"unit\">度量单位</th>", editor);
        Assert.Contains("data-target-parts=\"[{\"key\":\"comparator\",\"label\":\"指标性质\"},{\"key\":\"target\",\"label\":\"指标值\"},{\"key\":\"unit\",\"label\":\"度量单位\"}]\"",
            System.Text.RegularExpressions.Regex.Unescape(editor)); // the parts travel as JSON in an attribute
        Assert.DoesNotContain("年度(/项目)指标值", editor);

        // The cells as typed are joined by the one rule, and the joined text reads back into the same cells.
        var joined = await ParseAsync(unit, new { cells = new { comparator = "≥", value = "50", unit = "个" } });
        Assert.Equal("≥50个", joined.GetProperty("text").GetString());
        Assert.Equal("Quantitative", joined.GetProperty("kind").GetString());
        Assert.Equal("个", joined.GetProperty("unit").GetString());
        Assert.Equal(("≥", "50", "个"), Cells(joined));
        Assert.Equal("≤2.5万元", (await ParseAsync(unit, new { cells = new { comparator = "≤", value = "2.5", unit = "万元" } })).GetProperty("text").GetString());
        Assert.Equal(("定性", "好评率较高", ""), Cells(await ParseAsync(unit, new { cells = new { comparator = "定性", value = "好评率较高", unit = "" } })));

        // Saved as the editor sends it (the joined text) and split again on load.
        var detail = (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!;
        var content = detail["content"]!.DeepClone().AsObject();
        content["indicators"] = new JsonArray(new JsonObject
        {
            ["level1"] = "产出指标",
            ["level2"] = "数量指标",
            ["name"] = "培训场次",
            ["targetText"] = joined.GetProperty("text").GetString(),
        });
        var saved = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject { ["content"] = content, ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone() }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        var stored = (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!["content"]!["indicators"]![0]!["targetText"]!.GetValue<string>();
        Assert.Equal("≥50个", stored);
        Assert.Equal(("≥", "50", "个"), Cells(await ParseAsync(unit, new { text = stored })));

        // Shanghai's form: one target input, as before.
        var shanghai = await TemplateAssignmentTests<TApp>.NewProjectAsync(unit, "上海表单指标值项目", 2024);
        var one = WebUtility.HtmlDecode(await unit.GetStringAsync($"/Projects/{shanghai}/Edit", Ct));
        Assert.Contains("data-target-parts=\"[]\"", one);
        Assert.Contains("<th class=\"col-target\">年度(/项目)指标值</th>", one);
        Assert.DoesNotContain("指标性质", one);
    }
}

public sealed class SqliteSplitTargetEditorTests(TemplatesSqliteApp app) : SplitTargetEditorTests<TemplatesSqliteApp>(app), IClassFixture<TemplatesSqliteApp>;

public sealed class PostgresSplitTargetEditorTests(TemplatesPostgresApp app) : SplitTargetEditorTests<TemplatesPostgresApp>(app), IClassFixture<TemplatesPostgresApp>;

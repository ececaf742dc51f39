using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Services;

namespace Jixiao.Web.Tests;

/// <summary>
/// The 整改事项 list exported as an xlsx sheet (/Rectifications 导出 Excel): the title, Chinese column headers, one row per
/// item of the user's scope and filters, dates as the pages write them, states in Chinese.
/// </summary>
public abstract partial class RectificationTests<TApp>
{
    private static readonly string[] ExportHeaders = ["序号", "责任单位", "项目", "来源", "问题描述", "整改要求", "整改期限", "状态", "是否逾期", "下达人", "下达时间"];

    /// <summary>The sheet's data rows by header, after its title, note and header row.</summary>
    private static async Task<(List<string> Texts, List<Dictionary<string, string>> Rows)> ExportAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/v1/rectifications/export?format=xlsx" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var sheet = book.Worksheets.First();
        var rows = sheet.RowsUsed().Select(r => r.CellsUsed().Select(c => c.GetString()).ToList()).ToList();
        var header = rows.FindIndex(r => r.SequenceEqual(ExportHeaders));
        Assert.True(header >= 0, string.Join("\n", rows.Select(r => string.Join(" | ", r))));
        var columns = sheet.RowsUsed().ElementAt(header).CellsUsed().Select(c => (c.Address.ColumnNumber, Text: c.GetString())).ToList();
        var data = sheet.RowsUsed().Skip(header + 1)
            .Select(r => columns.ToDictionary(c => c.Text, c => r.Cell(c.ColumnNumber).GetString()))
            .Where(r => r["责任单位"].Length > 0).ToList();
        return ([.. rows.SelectMany(r => r)], data);
    }

    private async Task<Guid> RaiseWithAsync(HttpClient reviewer, int unitId, string requirement)
    {
        var response = await reviewer.PostAsJsonAsync("/api/v1/rectifications", new
        {
            sourceKind = "ReReview",
            sourceReference = "export",
            sourceText = "台账未及时更新",
            ownerUnitId = unitId,
            requirement,
            dueDate = Today.AddDays(15),
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Export_ListsTheItemsAsTheListShowsThem_InAnOfficialSheet()
    {
        var kewei = await app.LoginAsync("kewei");
        var id = await RaiseWithAsync(kewei, await UnitIdAsync(Kczx), "按月更新资产台账（导出测试）");
        var item = await ItemAsync(kewei, id);

        var (texts, rows) = await ExportAsync(kewei);

        Assert.Contains("整改事项清单", texts);
        var row = Assert.Single(rows, r => r["整改要求"] == "按月更新资产台账（导出测试）");
        Assert.Equal((Kczx, "复核发现", "台账未及时更新", Today.AddDays(15).ToString("yyyy-MM-dd"), "待整改", ""),
            (row["责任单位"], row["来源"], row["问题描述"], row["整改期限"], row["状态"], row["是否逾期"]));
        Assert.Equal(DisplayTime.Minute(item.GetProperty("raisedAt").GetDateTimeOffset()), row["下达时间"]);
        // As many rows as the list has items, numbered in order.
        var listed = (await kewei.GetFromJsonAsync<JsonElement>("/api/v1/rectifications?size=200", Ct)).GetArrayLength();
        Assert.Equal(listed, rows.Count);
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r["序号"]));

        // The list's filters apply: no open item among the closed ones.
        var (_, closed) = await ExportAsync(kewei, "&state=Closed");
        Assert.All(closed, r => Assert.Equal("已销号", r["状态"]));
        Assert.DoesNotContain(closed, r => r["整改要求"] == "按月更新资产台账（导出测试）");
    }

    [Fact]
    public async Task Export_OfAUnitUser_HoldsOnlyItsOwnUnitsItems()
    {
        var kewei = await app.LoginAsync("kewei");
        await RaiseWithAsync(kewei, await UnitIdAsync(Kczx), "补齐合同归档（范围测试）");
        var zfb = await app.LoginAsync("zfb");
        await RaiseWithAsync(zfb, await UnitIdAsync(DemoOrganizations.BigDataCentre), "补齐验收资料（范围测试）");

        var (_, own) = await ExportAsync(await app.LoginAsync("kczx"));
        var (_, other) = await ExportAsync(await app.LoginAsync("dsj"));

        Assert.Contains(own, r => r["整改要求"] == "补齐合同归档（范围测试）");
        Assert.All(own, r => Assert.Equal(Kczx, r["责任单位"]));
        Assert.Contains(other, r => r["整改要求"] == "补齐验收资料（范围测试）");
        Assert.All(other, r => Assert.Equal(DemoOrganizations.BigDataCentre, r["责任单位"]));
    }
}

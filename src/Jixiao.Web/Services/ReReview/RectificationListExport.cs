using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Rectification;

namespace Jixiao.Web.Services.ReReview;

/// <summary>
/// The 整改事项 list as /Rectifications shows it for the user's scope and filters, as a sheet (<see cref="ListSheetLayout"/>):
/// every item, not one page, in the list's order; dates as the pages write them (<see cref="DisplayTime"/>), states and
/// sources in Chinese.
/// </summary>
public sealed class RectificationListExport(RectificationService service, TimeProvider clock)
{
    private static readonly IReadOnlyList<ListColumn> Columns =
    [
        new("序号", 5m, Centered: true), new("责任单位", 16m), new("项目", 18m), new("来源", 8m, Centered: true), new("问题描述", 20m),
        new("整改要求", 22m), new("整改期限", 10m, Centered: true), new("状态", 8m, Centered: true), new("是否逾期", 7m, Centered: true),
        new("下达人", 8m), new("下达时间", 12m, Centered: true),
    ];

    public async Task<FormDocument> DocumentAsync(RectificationListFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = new List<RectificationRow>();
        string? after = null;
        do
        {
            var page = await service.PageAsync(filter, Paging.PageRequest.Of(Paging.PageRequest.MaxSize, after), ct);
            rows.AddRange(page.Items);
            after = page.Next;
        } while (after is not null);

        var now = clock.GetUtcNow();
        var orgName = filter.Org is { } org ? (await service.OrgChoicesAsync(ct)).FirstOrDefault(o => o.Id == org).Name : null;
        var note = $"{Filters(filter, orgName)}共 {rows.Count} 项；导出时间 {DisplayTime.Minute(now)}。";
        return ListSheetLayout.Document("整改事项清单", $"整改事项清单-{DisplayTime.Date(now):yyyyMMdd}", note, Columns,
        [
            .. rows.Select((r, i) => (IReadOnlyList<string?>)
            [
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), r.OwnerUnitName, r.ProjectName ?? "—",
                RectificationNames.Chinese(r.SourceKind), r.SourceText, r.Requirement, r.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                RectificationNames.Chinese(r.State), r.Overdue ? "逾期" : "", r.RaisedBy, DisplayTime.Minute(r.RaisedAt),
            ]),
        ]);
    }

    // What the list was narrowed to, as the page's filters name it.
    private static string Filters(RectificationListFilter f, string? orgName)
    {
        var parts = new List<string>();
        if (f.State is { } s) parts.Add($"状态：{RectificationNames.Chinese(s)}");
        if (f.Source is { } k) parts.Add($"来源：{RectificationNames.Chinese(k)}");
        if (orgName is not null) parts.Add($"单位：{orgName}");
        if (f.Overdue) parts.Add("只看逾期");
        return parts.Count == 0 ? "可见范围内的全部整改事项，" : $"筛选条件（{string.Join("，", parts)}），";
    }
}

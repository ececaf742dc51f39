using System.Globalization;
using System.Text;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>One audit event as shown and exported: who, when, which form, and each field's old → new.</summary>
public sealed record AuditRow(long Id, DateTimeOffset AtUtc, string? UserName, string? Role, string Action, string EntityType,
    string EntityId, int? Version, IReadOnlyList<FieldChange> Changes, string? Comment);

/// <summary>Filters of the administrator's audit export; null means any.</summary>
public sealed record AuditFilter(string? EntityType = null, string? EntityId = null, string? User = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// Reads the append-only audit trail: per form (only for a form inside the reader's data scope, else null → 404)
/// and filtered for the administrator; and writes it as CSV, one line per changed field.
/// </summary>
public sealed class AuditTrail(JixiaoDbContext db, CurrentUser me)
{
    public const int MaxRows = 20_000;

    /// <summary>The form types with a 修改记录 and their Chinese names.</summary>
    public static readonly IReadOnlyDictionary<string, string> FormTypes = new Dictionary<string, string>
    {
        ["Project"] = "项目申报",
        ["SelfEvaluation"] = "绩效自评",
        ["MonitoringReport"] = "运行监控",
        ["Disclosure"] = DisclosureName,
        ["TemplateAssignment"] = "表单模板设置",
        ["LintRule"] = "审核规则设置",
    };

    private const string DisclosureName = "单位预算公开";

    /// <summary>The form's title and its events (oldest first), or null when the form does not exist or is outside the scope.</summary>
    public async Task<(string Title, List<AuditRow> Rows)?> ForFormAsync(string type, Guid id, CancellationToken ct)
    {
        var title = await VisibleTitleAsync(type, id, ct);
        if (title is null) return null;
        var key = id.ToString();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == type && e.EntityId == key).OrderBy(e => e.Id).ToListAsync(ct);
        return (title, events.Select(ToRow).ToList());
    }

    /// <summary>Oldest first, as a form's history reads: the id grows with time and is unique.</summary>
    public static readonly Paging.KeysetOrder<Data.Entities.AuditEvent> FormOrder = Paging.KeysetOrder<Data.Entities.AuditEvent>.By("form-audit", e => e.Id);

    /// <summary>One page of the form's events (oldest first), or null when the form does not exist or is outside the scope.</summary>
    public async Task<Paging.PageResult<AuditRow>?> PageForFormAsync(string type, Guid id, Paging.PageRequest page, CancellationToken ct)
    {
        if (await VisibleTitleAsync(type, id, ct) is null) return null;
        var key = id.ToString();
        return (await FormOrder.PageAsync(db.AuditEvents.AsNoTracking().Where(e => e.EntityType == type && e.EntityId == key), page, e => e, ct)).Map(ToRow);
    }

    /// <summary>The administrator's filtered view (newest first, at most <see cref="MaxRows"/>).</summary>
    public async Task<List<AuditRow>> SearchAsync(AuditFilter filter, CancellationToken ct)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType)) query = query.Where(e => e.EntityType == filter.EntityType);
        if (!string.IsNullOrWhiteSpace(filter.EntityId)) query = query.Where(e => e.EntityId == filter.EntityId.Trim());
        if (!string.IsNullOrWhiteSpace(filter.User)) query = query.Where(e => e.UserName == filter.User.Trim());
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(e => e.Action == filter.Action.Trim());
        var events = await query.OrderByDescending(e => e.Id).Take(MaxRows).ToListAsync(ct);
        // Dates are compared in China time (the users' calendar), in memory: SQLite cannot order DateTimeOffset.
        return events.Select(ToRow)
            .Where(r => filter.From is not { } from || DisplayTime.Date(r.AtUtc) >= from)
            .Where(r => filter.To is not { } to || DisplayTime.Date(r.AtUtc) <= to)
            .ToList();
    }

    /// <summary>Newest first: the id grows with time and is unique.</summary>
    public static readonly Paging.KeysetOrder<Data.Entities.AuditEvent> Order = Paging.KeysetOrder<Data.Entities.AuditEvent>.ByDescending("audit", e => e.Id);

    /// <summary>One page of the administrator's filtered view; the dates are whole days in China time, compared in SQL.</summary>
    public async Task<Paging.PageResult<AuditRow>> PageAsync(AuditFilter filter, Paging.PageRequest page, CancellationToken ct)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType)) query = query.Where(e => e.EntityType == filter.EntityType);
        if (!string.IsNullOrWhiteSpace(filter.EntityId)) query = query.Where(e => e.EntityId == filter.EntityId.Trim());
        if (!string.IsNullOrWhiteSpace(filter.User)) query = query.Where(e => e.UserName == filter.User.Trim());
        if (!string.IsNullOrWhiteSpace(filter.Action)) query = query.Where(e => e.Action == filter.Action.Trim());
        if (filter.From is { } from) { var start = DayStartUtc(from); query = query.Where(e => e.AtUtc >= start); }
        if (filter.To is { } to) { var end = DayStartUtc(to.AddDays(1)); query = query.Where(e => e.AtUtc < end); }
        return (await Order.PageAsync(query, page, e => e, ct)).Map(ToRow);
    }

    // Midnight of the day in China time, as a UTC instant (stored times are UTC).
    private static DateTimeOffset DayStartUtc(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, DisplayTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static string Csv(IEnumerable<AuditRow> rows)
    {
        var csv = new StringBuilder("\uFEFF时间,用户,角色,操作,表单类型,表单编号,版本,字段,原值,新值,说明\r\n");
        foreach (var r in rows)
        {
            var changes = r.Changes.Count > 0 ? r.Changes : [new FieldChange("", null, null)];
            foreach (var c in changes)
            {
                csv.AppendJoin(',', new[]
                {
                    // The words the 修改记录 page shows (AuditNames), never the stored codes (Update, Submitted, Achieved).
                    DisplayTime.Second(r.AtUtc), AuditNames.User(r.UserName), AuditNames.RoleName(r.Role), AuditNames.Action(r.Action),
                    FormTypes.GetValueOrDefault(r.EntityType, r.EntityType), r.EntityId, r.Version?.ToString(CultureInfo.InvariantCulture),
                    AuditNames.Field(c.Field), AuditNames.Value(c.Field, c.Old), AuditNames.Value(c.Field, c.New), AuditNames.Comment(r.Comment),
                }.Select(Cell)).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    // Quoted always; a leading = + - @ is neutralised so a spreadsheet never runs a stored value as a formula.
    private static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private async Task<string?> VisibleTitleAsync(string type, Guid id, CancellationToken ct)
    {
        var projects = me.Scope(db.Projects);
        return type switch
        {
            "Project" => await projects.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct),
            "SelfEvaluation" => await db.SelfEvaluations.Where(e => e.Id == id)
                .Join(projects, e => e.ProjectId, p => p.Id, (e, p) => p.Name).FirstOrDefaultAsync(ct),
            "MonitoringReport" => await db.MonitoringReports.Where(r => r.Id == id)
                .Join(projects, r => r.ProjectId, p => p.Id, (r, p) => p.Name + "（截至" + r.PeriodEndMonth + "月）").FirstOrDefaultAsync(ct),
            "Disclosure" => await me.Scope(db.Disclosures).Where(d => d.Id == id)
                .Select(d => d.Unit!.Name + " " + d.Year + "年" + DisclosureName).FirstOrDefaultAsync(ct),
            _ => null,
        };
    }

    private static AuditRow ToRow(Data.Entities.AuditEvent e) => new(e.Id, e.AtUtc, e.UserName, e.Role, e.Action, e.EntityType, e.EntityId,
        e.Version, Changes(e.Diff), e.Comment);

    private static IReadOnlyList<FieldChange> Changes(string? diff)
    {
        if (string.IsNullOrWhiteSpace(diff)) return [];
        try { return JsonSerializer.Deserialize<List<FieldChange>>(diff, ContentJson.Options) ?? []; }
        catch (JsonException) { return [new FieldChange("", null, diff)]; }
    }
}

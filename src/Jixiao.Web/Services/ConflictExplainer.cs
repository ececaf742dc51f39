using System.Globalization;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// Turns a refused save (stale concurrency stamp) into a Chinese message saying who changed what since the editor
/// opened the form: the audit events of the record after the time carried by the stale stamp
/// (<see cref="ConcurrencyStamps"/>), with their field changes.
/// </summary>
public sealed class ConflictExplainer(JixiaoDbContext db)
{
    private const int MaxFields = 6;

    /// <param name="form">What the user edits, e.g. "该项目", "该自评表".</param>
    public async Task<string> ExplainAsync(string entityType, string entityId, Guid staleStamp, string form, CancellationToken ct)
    {
        var recent = await db.AuditEvents.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderByDescending(a => a.Id).Take(50).ToListAsync(ct);
        // Events of the save that issued the stale stamp fall in its millisecond; everything later was not seen.
        // A stamp without a time (or one whose events fell in the same millisecond) names the latest change only.
        var since = ConcurrencyStamps.IssuedAt(staleStamp)?.AddMilliseconds(1);
        var missed = since is null ? [] : recent.Where(a => a.AtUtc >= since).OrderBy(a => a.Id).ToList();
        if (missed.Count == 0) missed = recent.Take(1).ToList();
        if (missed.Count == 0) return $"保存冲突：{form}已被他人修改，您的修改未保存。请刷新后在最新内容上重新修改。";

        var parts = missed.Select(a =>
        {
            var when = DisplayTime.ShortSecond(a.AtUtc);
            var fields = Fields(a.Diff);
            return $"{a.UserName ?? "他人"}于{when}{ActionName(a.Action)}{(fields.Length > 0 ? "：" + fields : "")}";
        });
        return $"保存冲突：您打开{form}后，它已被他人修改——{string.Join("；", parts)}。您的修改未保存，请刷新后在最新内容上重新修改。";
    }

    private static string ActionName(string action) =>
        action switch
        {
            "Update" => "修改了",
            "Create" => "创建了",
            "Adjust" => "发起了调整",
            "Comment" => "填写了审核意见",
            "Correct" => "发起了更正",
            "Supersede" => "以更正版本替代了",
            _ when Enum.TryParse<WorkflowAction>(action, out var a) => WorkflowActionNames.Chinese(a) + "了",
            _ => action,
        };

    private static string Fields(string? diffJson)
    {
        if (string.IsNullOrEmpty(diffJson)) return "";
        List<FieldChange>? changes;
        try { changes = JsonSerializer.Deserialize<List<FieldChange>>(diffJson, ContentJson.Options); }
        catch (JsonException) { return ""; }
        if (changes is not { Count: > 0 }) return "";
        var shown = changes.Take(MaxFields).Select(c => $"{Label(c.Field)}（{Value(c.Field, c.Old)} → {Value(c.Field, c.New)}）");
        var more = changes.Count > MaxFields ? $"等 {changes.Count} 处" : "";
        return string.Join("，", shown) + more;
    }

    private static string Label(string field) => AuditNames.Field(field);

    private static string Value(string field, string? value) => value is null ? "空" : AuditNames.Value(field, value)!;
}

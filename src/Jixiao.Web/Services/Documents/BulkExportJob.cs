using System.IO.Compression;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Documents.Export;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Documents;

/// <summary>
/// 批量导出: every form of a unit or department (within the owner's scope) rendered into one zip, one folder per unit,
/// kept as a <see cref="Data.Entities.StoredFile"/> only the owner can download. Runs on the job queue as the owner.
/// </summary>
public sealed class BulkExportJob(
    JixiaoDbContext db, CurrentUser me, JobQueue queue, JobIdentity identity, IHttpContextAccessor accessor, IServiceProvider services,
    FormSource forms, FormExportService export, StoredFiles files)
{
    public const string Kind = "bulk-export";

    public sealed record Payload(string OwnerUserId, int OrgId, int? Year, ExportFormat Format);

    public sealed record Outcome(Guid FileId, string FileName, int Forms, IReadOnlyList<string> Entries);

    /// <summary>Queues the export for the signed-in user, or says why it cannot run.</summary>
    public async Task<(Guid? JobId, string? Error)> EnqueueAsync(int orgId, int? year, ExportFormat format, CancellationToken ct)
    {
        if (me.UserId is not { } owner) return (null, "请先登录。");
        if (!export.Formats.Contains(format)) return (null, $"不支持导出为 {format.Extension().TrimStart('.')}。");
        if (!await me.ScopeOrgs(db.Organizations).AnyAsync(o => o.Id == orgId, ct)) return (null, "该单位或部门不存在或不在您的权限范围内。");
        var payload = JsonSerializer.Serialize(new Payload(owner, orgId, year, format), Api.ApiJson.Options);
        return (await queue.EnqueueAsync(Kind, payload, ct), null);
    }

    public async Task<string> RunAsync(Payload payload, Func<int, Task> progress, CancellationToken ct)
    {
        var principal = await identity.PrincipalAsync(payload.OwnerUserId) ?? throw new InvalidOperationException("发起导出的用户已不存在。");
        accessor.HttpContext = JobIdentity.Context(principal, services);
        try
        {
            var org = await me.ScopeOrgs(db.Organizations).Where(o => o.Id == payload.OrgId).Select(o => o.Name).SingleOrDefaultAsync(ct)
                ?? throw new InvalidOperationException("该单位或部门不存在或不在您的权限范围内。");
            var refs = await forms.AllOfAsync(payload.OrgId, payload.Year, ct);
            using var buffer = new MemoryStream();
            var entries = new List<string>();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                // Forms load one after another (one DbContext) and render a few at a time (the PDF renderer's warm
                // browser prints in parallel, ADR-050); the zip takes them in list order.
                var rendering = new Queue<(FormRef Form, Task<ExportedFile?> File)>();
                var done = 0;
                async Task Take(int keep)
                {
                    while (rendering.Count > keep)
                    {
                        var (form, task) = rendering.Dequeue();
                        if (await task is { } file)
                        {
                            var name = Unique(entries, $"{FileNames.Safe(form.UnitName)}/{file.FileName}");
                            entries.Add(name);
                            await using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                            await entry.WriteAsync(file.Bytes, ct);
                        }
                        await progress(++done * 99 / Math.Max(1, refs.Count));
                    }
                }
                foreach (var form in refs)
                {
                    var layout = await forms.LayoutAsync(form, ct);
                    rendering.Enqueue((form, layout is null ? Task.FromResult<ExportedFile?>(null) : Task.Run(() => export.Render(layout, payload.Format), ct)));
                    await Take(InFlight - 1);
                }
                await Take(0);
            }
            var zipName = FileNames.Safe($"{org}{(payload.Year is { } y ? $"-{y}年" : "")}-表单-{payload.Format.Extension().TrimStart('.')}") + ".zip";
            var id = await files.StoreAsync(zipName, "application/zip", buffer.ToArray(), payload.OwnerUserId, StoredFiles.ExportLifetime, ct);
            return JsonSerializer.Serialize(new Outcome(id, zipName, entries.Count, entries), Api.ApiJson.Options);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>Forms rendering at once: enough to keep the browser's print slots busy while the next form loads.</summary>
    private const int InFlight = 4;

    private static string Unique(List<string> taken, string name)
    {
        if (!taken.Contains(name)) return name;
        var stem = Path.ChangeExtension(name, null);
        var ext = Path.GetExtension(name);
        for (var n = 2; ; n++)
            if (!taken.Contains($"{stem}-{n}{ext}")) return $"{stem}-{n}{ext}";
    }
}

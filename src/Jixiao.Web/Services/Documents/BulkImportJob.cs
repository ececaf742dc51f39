using System.Text.Json;
using Jixiao.Web.Auth;

namespace Jixiao.Web.Services.Documents;

/// <summary>
/// 批量导入: several files or a zip of a department's forms. Each file is imported on its own, in its own transaction
/// (a failed file writes nothing and does not stop the others), as the user who uploaded them; the per-file results
/// are the job's result. The uploads are kept as stored files until the job has run, so any node can run it.
/// </summary>
public sealed class BulkImportJob(
    CurrentUser me, JobQueue queue, JobIdentity identity, IHttpContextAccessor accessor, IServiceProvider services,
    DocumentImportService imports, StoredFiles files, ILogger<BulkImportJob> log)
{
    public const string Kind = "bulk-import";
    public const long MaxUploadBytes = 100L * 1024 * 1024;

    public sealed record Payload(string OwnerUserId, IReadOnlyList<Guid> FileIds);

    public sealed record FileResult(string File, string Status, string StatusName, int Created, int Updated, string? Reason, IReadOnlyList<string> Forms);

    public sealed record Outcome(int Files, int Succeeded, int Failed, IReadOnlyList<FileResult> Results);

    public async Task<(Guid? JobId, string? Error)> EnqueueAsync(IReadOnlyList<(string Name, byte[] Bytes)> uploads, CancellationToken ct)
    {
        if (me.UserId is not { } owner) return (null, "请先登录。");
        if (uploads.Count == 0) return (null, "请选择要批量导入的文件或压缩包。");
        if (uploads.Sum(u => (long)u.Bytes.Length) > MaxUploadBytes) return (null, $"上传的文件合计超过 {MaxUploadBytes / 1024 / 1024} MB。");
        var ids = new List<Guid>();
        foreach (var (name, bytes) in uploads)
            ids.Add(await files.StoreAsync(name, "application/octet-stream", bytes, owner, StoredFiles.UploadLifetime, ct));
        return (await queue.EnqueueAsync(Kind, JsonSerializer.Serialize(new Payload(owner, ids), Api.ApiJson.Options), ct), null);
    }

    public async Task<string> RunAsync(Payload payload, Func<int, Task> progress, CancellationToken ct)
    {
        var principal = await identity.PrincipalAsync(payload.OwnerUserId) ?? throw new InvalidOperationException("发起导入的用户已不存在。");
        accessor.HttpContext = JobIdentity.Context(principal, services);
        try
        {
            var documents = new List<UploadedDocument>();
            foreach (var id in payload.FileIds)
            {
                var file = await files.FindAsync(id, payload.OwnerUserId, ct);
                if (file is null) documents.Add(new UploadedDocument(id.ToString(), null, "上传的文件已过期，请重新上传。"));
                else documents.AddRange(UploadedFiles.Expand(file.Name, file.Bytes));
            }
            var results = new List<FileResult>();
            for (var i = 0; i < documents.Count; i++)
            {
                results.Add(await ImportOneAsync(documents[i], ct));
                await progress((i + 1) * 99 / documents.Count);
            }
            foreach (var id in payload.FileIds) await files.DeleteAsync(id, payload.OwnerUserId, ct);
            var ok = results.Count(r => r.Status != "failed");
            return JsonSerializer.Serialize(new Outcome(results.Count, ok, results.Count - ok, results), Api.ApiJson.Options);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private async Task<FileResult> ImportOneAsync(UploadedDocument document, CancellationToken ct)
    {
        if (document.Bytes is null) return Failed(document.Name, document.Error!);
        ImportResult result;
        try { result = await imports.ImportAsync(document.Name, document.Bytes, ct); }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // The import rolled back its own transaction; one broken file must not stop the batch.
            log.LogWarning(e, "Bulk import of {File} failed", document.Name);
            return Failed(document.Name, $"导入失败，未写入任何内容：{e.Message}");
        }
        if (!result.Success) return Failed(document.Name, result.Error!);
        var forms = result.Items.Select(i => $"{i.Form} {i.Name}：{i.ActionChinese}{(i.Note is null ? "" : "（" + i.Note + "）")}").ToList();
        return result.Created > 0
            ? new FileResult(document.Name, "created", "已新建", result.Created, result.Updated, null, forms)
            : new FileResult(document.Name, "updated", "已更新", result.Created, result.Updated, null, forms);
    }

    private static FileResult Failed(string name, string reason) => new(name, "failed", "失败", 0, 0, reason, []);
}

using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// Attachments of a form (测算依据, 佐证材料): list and upload under the form (`/forms/{form}/{formId}/attachments`, form =
/// declaration · monitoring · self-evaluation), download and delete by id. Seen by whoever sees the form; others get 404.
/// </summary>
public static class AttachmentsApi
{
    public sealed record AttachmentDto(Guid Id, string Name, long Size, string UploadedBy, DateTimeOffset UploadedAt, string Url);

    public sealed record CreatedDto(Guid Id);

    public static void MapAttachmentsApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("").WithTags("附件");

        g.MapGet("/forms/{form}/{formId:guid}/attachments", async Task<Results<Ok<List<AttachmentDto>>, ProblemHttpResult>> (string form, Guid formId,
                FormAttachmentService attachments, CancellationToken ct) =>
                FormAttachmentService.Parse(form) is { } kind && await attachments.ListAsync(kind, formId, ct) is { } list
                    ? TypedResults.Ok(list.Rows.Select(r => new AttachmentDto(r.Id, r.Name, r.Size, r.UploadedBy, r.UploadedAt, $"/api/v1/attachments/{r.Id}")).ToList())
                    : NotFound())
            .WithName("ListAttachments").WithSummary("表的附件（名称、大小、上传人、上传时间）");

        // Multipart uploads require the antiforgery token (ApiAntiforgery), as every upload does.
        g.MapPost("/forms/{form}/{formId:guid}/attachments", async Task<Results<Created<CreatedDto>, ProblemHttpResult>> (string form, Guid formId,
                IFormFile file, FormAttachmentService attachments, CancellationToken ct) =>
            {
                if (FormAttachmentService.Parse(form) is not { } kind) return NotFound();
                // Read only once the form, the user and the size allow it.
                var outcome = await attachments.AddAsync(kind, formId, file.FileName, file.Length, c => ReadAsync(file, c), ct);
                return outcome.Id is { } id ? TypedResults.Created($"/api/v1/attachments/{id}", new CreatedDto(id))
                    : TypedResults.Problem(title: outcome.NotFound ? "未找到" : outcome.Forbidden ? "无权操作" : "附件未上传", detail: outcome.Error,
                        statusCode: outcome.NotFound ? StatusCodes.Status404NotFound : outcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity);
            })
            .WithName("AddAttachment").WithSummary("上传附件（pdf、doc、docx、xls、xlsx、jpg、png、zip；草稿或已退回的表）");

        g.MapDelete("/attachments/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, FormAttachmentService attachments, CancellationToken ct) =>
            {
                var outcome = await attachments.DeleteAsync(id, ct);
                return outcome.Id is not null ? TypedResults.NoContent()
                    : TypedResults.Problem(title: outcome.NotFound ? "未找到" : outcome.Forbidden ? "无权操作" : "附件未删除", detail: outcome.Error,
                        statusCode: outcome.NotFound ? StatusCodes.Status404NotFound : outcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict);
            })
            .WithName("DeleteAttachment").WithSummary("删除附件（草稿或已退回的表；已提交、已批复的版本不能删除）");

        g.MapGet("/attachments/{id:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, FormAttachmentService attachments, CancellationToken ct) =>
                await attachments.FindAsync(id, ct) is { } a ? TypedResults.File(a.Bytes, a.ContentType, a.Name) : NotFound())
            .WithName("DownloadAttachment").WithSummary("下载附件");
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "未找到", detail: "未找到该表或附件。", statusCode: StatusCodes.Status404NotFound);

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}

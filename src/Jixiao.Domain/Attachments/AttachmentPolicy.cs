using System.Globalization;
using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Attachments;

/// <summary>
/// What a form may carry as attachments (测算依据, 佐证材料): PDF, Word, Excel, JPG/PNG and zip, up to a configured size,
/// each file's content matching its kind; added only while the unit may still edit the form. Every refusal names the file.
/// </summary>
public static class AttachmentPolicy
{
    /// <summary>20 MB unless configured otherwise.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>The kinds a unit may attach, as a page names them.</summary>
    public const string AllowedNames = "PDF、Word、Excel、图片（JPG、PNG）、ZIP 压缩包";

    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Each allowed extension with the bytes its files start with (a renamed program is not a PDF) and its media type.
    private static readonly Dictionary<string, (byte[] Magic, string ContentType)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = (Pdf, "application/pdf"),
        [".doc"] = (Ole, "application/msword"),
        [".docx"] = (Zip, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".xls"] = (Ole, "application/vnd.ms-excel"),
        [".xlsx"] = (Zip, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        [".jpg"] = (Jpeg, "image/jpeg"),
        [".jpeg"] = (Jpeg, "image/jpeg"),
        [".png"] = (Png, "image/png"),
        [".zip"] = (Zip, "application/zip"),
    };

    /// <summary>The file picker's list (`.pdf,.doc,…`).</summary>
    public static string Accept { get; } = string.Join(",", Kinds.Keys);

    /// <summary>Why <paramref name="name"/> (<paramref name="bytes"/>) cannot be attached, or null.</summary>
    public static string? FileRefusal(string name, ReadOnlySpan<byte> bytes, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (SizeRefusal(name, bytes.Length, maxBytes) is { } size) return size;
        if (!Kinds.TryGetValue(Path.GetExtension(name), out var kind))
            return $"“{name}”的文件类型不能作为附件，未上传；可上传{AllowedNames}。";
        if (!bytes.StartsWith(kind.Magic))
            return $"“{name}”的内容与扩展名“{Path.GetExtension(name).ToLowerInvariant()}”不符，未上传。";
        return null;
    }

    /// <summary>Why a file of <paramref name="length"/> bytes cannot be attached (empty, or over <paramref name="maxBytes"/>), or null: checked before it is read.</summary>
    public static string? SizeRefusal(string name, long length, long maxBytes) =>
        length == 0 ? $"“{name}”是空文件，未上传。"
        : length > maxBytes ? $"“{name}”大小为 {Megabytes(length)} MB，超过 {Megabytes(maxBytes)} MB 的上限，未上传。"
        : null;

    /// <summary>The media type a download of <paramref name="name"/> is served with.</summary>
    public static string ContentType(string name) =>
        Kinds.TryGetValue(Path.GetExtension(name), out var kind) ? kind.ContentType : "application/octet-stream";

    /// <summary>
    /// Why nothing may be attached to <paramref name="formName"/> in <paramref name="state"/>, or null: only a form the unit may
    /// still edit (草稿, 已退回) takes attachments; a submitted or approved one is what was reviewed, and stays so.
    /// </summary>
    public static string? AddRefusal(string formName, FormState state) => FormStateNames.IsEditableByUnit(state)
        ? null
        : $"{formName}当前状态为“{FormStateNames.Chinese(state)}”，不能再添加或删除附件；只有草稿或已退回的表可以修改附件。";

    private static string Megabytes(long bytes) => (bytes / 1024m / 1024m).ToString("0.#", CultureInfo.InvariantCulture);
}

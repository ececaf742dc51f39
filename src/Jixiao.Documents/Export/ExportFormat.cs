namespace Jixiao.Documents.Export;

public enum ExportFormat
{
    Xlsx,
    Docx,
    Pdf,
    Html,
}

public static class ExportFormats
{
    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => ".xlsx",
        ExportFormat.Docx => ".docx",
        ExportFormat.Pdf => ".pdf",
        _ => ".html",
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ExportFormat.Pdf => "application/pdf",
        _ => "text/html; charset=utf-8",
    };

    /// <summary>Parses `xlsx`, `.docx`, `PDF`, `html` (case-insensitive, dot optional).</summary>
    public static bool TryParse(string? text, out ExportFormat format)
    {
        format = default;
        var t = text?.Trim().TrimStart('.').ToLowerInvariant();
        switch (t)
        {
            case "xlsx": format = ExportFormat.Xlsx; return true;
            case "docx": format = ExportFormat.Docx; return true;
            case "pdf": format = ExportFormat.Pdf; return true;
            case "html" or "htm": format = ExportFormat.Html; return true;
            default: return false;
        }
    }
}

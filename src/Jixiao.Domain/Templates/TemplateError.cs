namespace Jixiao.Domain.Templates;

/// <summary>Why a template file was refused: the JSON path of the member (`$.fields[2].kind`) and a Chinese message.</summary>
public sealed record TemplateError(string Source, string Path, string Message)
{
    /// <summary>The whole message as a user reads it: file, place, what is wrong.</summary>
    public override string ToString() => $"模板文件“{Source}”的 {Path}：{Message}";
}

/// <summary>A parsed template, or the reasons the file was refused (never both).</summary>
public sealed record TemplateParseResult(JurisdictionTemplate? Template, IReadOnlyList<TemplateError> Errors)
{
    public bool Success => Template is not null;
}

using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Templates;

/// <summary>An administrator's templates directory (ADR-026): every `*.json` directly in it, read for the domain's registry.</summary>
public static class TemplateDirectory
{
    /// <summary>The registry with the directory's templates, or null with the reasons (a missing directory, each refused file).</summary>
    public static (TemplateSet? Set, IReadOnlyList<string> Errors) Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory)) return (null, [$"模板目录“{directory}”不存在。"]);
        var sources = Directory.GetFiles(directory, "*.json")
            .Select(path => new TemplateSource(Path.GetFileName(path), File.ReadAllText(path)));
        var (set, errors) = TemplateRegistry.Build(sources);
        return (set, errors.Select(e => e.ToString()).ToList());
    }
}

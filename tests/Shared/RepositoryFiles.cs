namespace Jixiao.Tests.Shared;

/// <summary>Files of the repository read at test time (approval files, the spec's Markdown), found from the test assembly.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Jixiao.slnx not found above the test assembly.");
    });

    /// <summary>The repository root: the first folder above the test assembly that holds Jixiao.slnx.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>A spec file of docs/spec, line endings normalised to \n.</summary>
    public static string Spec(string fileName) =>
        File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "spec", fileName)).ReplaceLineEndings("\n");
}

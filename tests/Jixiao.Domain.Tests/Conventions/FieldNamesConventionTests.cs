using System.Text.RegularExpressions;
using Jixiao.Domain.Forms;

namespace Jixiao.Domain.Tests.Conventions;

/// <summary>
/// A declaration field is defined once (ADR-014, ADR-017): its C# property name (the key in PascalCase, `ImplementingUnit`)
/// and its key (`implementingUnit`) appear in at most <see cref="Goal"/> source files under src/ — the typed property, its
/// binding and the definitions; rule code is not counted. Every other consumer reads the definition.
/// </summary>
public partial class FieldNamesConventionTests
{
    /// <summary>The issue's goal (issue 13): at most six files name a field.</summary>
    private const int Goal = 6;

    /// <summary>
    /// Rule code reads the typed values by name on purpose (issue 13: "rules stay code"): a rule that checks 财政资金 against
    /// the total names both. Adding a field never touches it, so it is not counted.
    /// </summary>
    private static readonly string[] RuleCode = ["Jixiao.Domain/Review/", "Jixiao.Domain/Scoring/", "Jixiao.Domain/Bounds/"];

    // Not counted: `name` (every record of the code base has a Name) and the fields that are narrative sections (their names
    // are the NarrativeSection members, which the 项目经费情况说明 of every district form uses as well, and ordinary words).
    private static readonly IReadOnlyList<FieldDefinition> Counted = FormDefinitions.Declarations.SelectMany(d => d.Fields)
        .DistinctBy(f => f.Key)
        .Where(f => f.Binding != ProjectFields.Name && f.Binding.BoundSection is null)
        .ToList();

    public static TheoryData<string> Keys => new(Counted.Select(f => f.Key));

    [Theory]
    [MemberData(nameof(Keys))]
    public void DeclarationField_IsNamedInAtMostSixSourceFiles(string key)
    {
        var files = FilesNaming(key);

        Assert.True(files.Count <= Goal,
            $"“{key}” / “{Pascal(key)}” is named in {files.Count} source files (limit {Goal}); read the form definition instead:\n"
            + string.Join("\n", files));
    }

    [Fact]
    public void Counting_FindsTheTypedPropertyBindingAndDefinition()
    {
        // The scan must see the three files every bound field lives in, or the test above proves nothing.
        var files = FilesNaming("implementingUnit");
        Assert.Contains("Jixiao.Domain/Forms/DeclarationForms.cs", files);
        Assert.Contains("Jixiao.Domain/Forms/ProjectFields.cs", files);
        Assert.Contains("Jixiao.Domain/Projects/Project.cs", files);
        Assert.DoesNotContain(files, f => f.Contains("/obj/", StringComparison.Ordinal) || f.Contains("node_modules", StringComparison.Ordinal));
    }

    /// <summary>Source files (relative to src/, `/`-separated) whose code — comments left out — names the key or its PascalCase.</summary>
    private static List<string> FilesNaming(string key)
    {
        var name = new Regex($@"\b({Regex.Escape(key)}|{Regex.Escape(Pascal(key))})\b", RegexOptions.CultureInvariant);
        return SourceFiles().Where(f => CodeLines(f).Any(l => name.IsMatch(l)))
            .Select(f => Path.GetRelativePath(Src, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !RuleCode.Any(r => f.StartsWith(r, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static string Pascal(string key) => char.ToUpperInvariant(key[0]) + key[1..];

    private static readonly string Src = Path.Combine(RepositoryRoot(), "src");

    private static readonly Lazy<List<string>> Files = new(() =>
    {
        string[] skipped = ["bin", "obj", "node_modules", "lib"];
        return Directory.EnumerateFiles(Src, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)
                || (f.EndsWith(".js", StringComparison.Ordinal) && f.Contains($"wwwroot{Path.DirectorySeparatorChar}js", StringComparison.Ordinal)))
            .Where(f => !Path.GetRelativePath(Src, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .ToList();
    });

    private static List<string> SourceFiles() => Files.Value;

    /// <summary>The lines of a file without comments (`//…` to the end of the line, `/* */`, `@* *@`).</summary>
    private static IEnumerable<string> CodeLines(string file)
    {
        var inBlock = false;
        foreach (var line in File.ReadLines(file))
        {
            var t = line.Trim();
            if (inBlock)
            {
                if (t.Contains("*/", StringComparison.Ordinal) || t.Contains("*@", StringComparison.Ordinal)) inBlock = false;
                continue;
            }
            if (t.StartsWith("/*", StringComparison.Ordinal) || t.StartsWith("@*", StringComparison.Ordinal))
            {
                inBlock = !(t.Contains("*/", StringComparison.Ordinal) || t.EndsWith("*@", StringComparison.Ordinal));
                continue;
            }
            yield return TrailingComment().Replace(line, "");
        }
    }

    // `//` starting a comment: at the line start or after white space (not `https://` inside a string).
    [GeneratedRegex(@"(^|\s)//.*$")]
    private static partial Regex TrailingComment();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Jixiao.slnx not found above " + AppContext.BaseDirectory);
    }
}

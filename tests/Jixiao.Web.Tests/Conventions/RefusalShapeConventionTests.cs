using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests.Conventions;

/// <summary>
/// One 400 shape for refused values (ADR-021, ADR-023): a refusal is the domain's ValueRefusal and only
/// <c>Api/RefusalProblems</c> turns it into problem+json (`title`, `detail`, `errors` and `fields` by key). An endpoint that
/// builds a validation problem or an `errors` map itself answers a second shape; the rule names its file and line.
/// </summary>
public sealed partial class RefusalShapeConventionTests
{
    private const string TheOnePlace = "src/Jixiao.Web/Api/RefusalProblems.cs";

    [Fact]
    public void WebSources_BuildRefusalProblemsOnlyInRefusalProblems()
    {
        var root = RepoRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src", "Jixiao.Web"), "*.cs*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && f != TheOnePlace)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((text, i) => (File: f, Number: i + 1, Text: text)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && HandBuilt().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Number}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "a refusal's problem built by hand (return RefusalProblems.Problem(refusal)):\n" + string.Join("\n", offenders));
    }

    [Theory]
    // The scanner sees what it is meant to see (so an empty result means something).
    [InlineData("TypedResults.ValidationProblem(errors, title: \"申报内容有误\", detail: d);", true)]
    [InlineData("return Results.ValidationProblem(errors);", true)]
    [InlineData("var p = new HttpValidationProblemDetails(errors) { Status = 400 };", true)]
    [InlineData("extensions: new Dictionary<string, object?> { [\"errors\"] = errors }", true)]
    [InlineData("async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> (Guid id) =>", false)]
    [InlineData("}).ProducesValidationProblem().WithName(\"SaveProject\")", false)]
    [InlineData("if (project is null) return RefusalProblems.Problem(refusal!);", false)]
    public void Scanner_FindsHandBuiltValidationProblems(string line, bool found) => Assert.Equal(found, HandBuilt().IsMatch(line));

    // A validation problem made (TypedResults/Results.ValidationProblem(…), new …ValidationProblemDetails) or an `errors` map set.
    [GeneratedRegex(@"\bValidationProblem\s*\(|new\s+(Http)?ValidationProblemDetails\b|\[""errors""\]")]
    private static partial Regex HandBuilt();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test directory.");
    }
}

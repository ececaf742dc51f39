using System.Text.RegularExpressions;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.Conventions;

/// <summary>
/// Every rule has one implementation, in <c>Jixiao.Domain</c> (ADR-012): the source of Web, Documents, Data and CLI
/// neither rounds by itself (money, scores and rates round through <c>Jixiao.Domain.Numbers.Rounding</c> and
/// <c>Jixiao.Domain.Money.Amount</c>) nor names a rule by its id (ids belong to the rule that fires them).
/// Comments may cite rules; code and user-facing text may not.
/// </summary>
public partial class RulesStayInTheDomainTests
{
    private static readonly string Src = Path.Combine(RepositoryRoot(), "src");

    [Fact]
    public void SourceOutsideTheDomain_NeverRoundsByItself()
    {
        var offenders = CodeLines().Where(l => l.Code.Contains("MidpointRounding", StringComparison.Ordinal)).Select(l => l.Where).ToList();
        Assert.True(offenders.Count == 0, "Round through Jixiao.Domain.Numbers.Rounding or Jixiao.Domain.Money.Amount:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void SourceOutsideTheDomain_HoldsNoRuleIdLiteral()
    {
        var offenders = CodeLines()
            .Where(l => Literals(l).Any(text => RuleId().IsMatch(text)))
            .Select(l => l.Where).ToList();
        Assert.True(offenders.Count == 0, "Use the domain's rule (its constant or catalogue entry) instead of its id:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void RuleIdPattern_MatchesEveryRuleOfTheCatalogues()
    {
        // The pattern above must keep up with the catalogues, or the previous test would pass for a new prefix.
        var ids = RuleCatalog.All.Select(r => r.Id).Concat(SelfEvaluationRules.All.Select(r => r.Id)).Append(ScoreExplanations.TotalRule).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches(RuleId(), id));
    }

    [Fact]
    public void Scan_SeesTheWholeSourceTree()
    {
        // A scan that found no files would pass the convention trivially.
        var files = CodeLines().Select(l => l.File).Distinct().ToList();
        Assert.Contains(files, f => f.EndsWith("MonitoringService.cs", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("CellFormats.cs", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".cshtml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("project-editor.js", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains($"{Path.DirectorySeparatorChar}Jixiao.Domain{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("var x = \"SC-02\";", true)]
    [InlineData("Error = $\"本单位已有项目（DUP-03）。\";", true)]
    [InlineData("const id = 'MON-B';", true)]
    [InlineData("b.HasIndex(p => p.Name); // DUP-03 enforced by the store as well", false)]
    [InlineData("var name = \"SCORE-2024\";", false)]
    [InlineData("var range = \"1–7月\";", false)]
    public void Literals_FindRuleIdsInStringsNotInComments(string line, bool expected) =>
        Assert.Equal(expected, Literals(new CodeLine("x.cs", 1, line)).Any(t => RuleId().IsMatch(t)));

    // Rule ids of review-rules.md, scoring.md and workflow.md §4: CMP-01, UNIT-05, SC-13, SE-17, DSC-15, MON-B.
    [GeneratedRegex(@"\b(?:CMP|CAT|QNT|UNIT|OP|MNY|RNG|DATE|DUP|TXT|DSC|MON|SC|SE)-[0-9A-Z]{1,3}\b")]
    private static partial Regex RuleId();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`")]
    private static partial Regex Literal();

    private sealed record CodeLine(string File, int Number, string Code)
    {
        public string Where => $"{Path.GetRelativePath(Src, File)}:{Number}: {Code.Trim()}";
    }

    /// <summary>String literals of a line (C#, JS); a Razor line is markup, so all of it is literal text.</summary>
    private static IEnumerable<string> Literals(CodeLine line) =>
        line.File.EndsWith(".cshtml", StringComparison.Ordinal)
            ? [line.Code]
            : Literal().Matches(WithoutTrailingComment(line.Code)).Select(m => m.Value);

    // `//` outside a string starts a comment.
    private static string WithoutTrailingComment(string code)
    {
        char? quote = null;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quote is { } q)
            {
                if (c == '\\') i++;
                else if (c == q) quote = null;
            }
            else if (c is '"' or '\'' or '`') quote = c;
            else if (c == '/' && i + 1 < code.Length && code[i + 1] == '/') return code[..i];
        }
        return code;
    }

    /// <summary>Non-comment lines of C#, Razor and page scripts under src/, outside the domain, build output and packages.</summary>
    private static IEnumerable<CodeLine> CodeLines()
    {
        var domain = Path.Combine(Src, "Jixiao.Domain") + Path.DirectorySeparatorChar;
        string[] skipped = ["bin", "obj", "node_modules", "lib"];
        return Directory.EnumerateFiles(Src, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)
                || (f.EndsWith(".js", StringComparison.Ordinal) && f.Contains($"wwwroot{Path.DirectorySeparatorChar}js", StringComparison.Ordinal)))
            .Where(f => !f.StartsWith(domain, StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(Src, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => NonCommentLines(f));
    }

    private static IEnumerable<CodeLine> NonCommentLines(string file)
    {
        var inBlock = false;
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            var t = line.Trim();
            if (inBlock)
            {
                if (t.Contains("*/", StringComparison.Ordinal) || t.Contains("*@", StringComparison.Ordinal) || t.Contains("-->", StringComparison.Ordinal))
                    inBlock = false;
                continue;
            }
            if (t.StartsWith("//", StringComparison.Ordinal)) continue;
            if (t.StartsWith("/*", StringComparison.Ordinal) || t.StartsWith("@*", StringComparison.Ordinal) || t.StartsWith("<!--", StringComparison.Ordinal))
            {
                inBlock = !(t.Contains("*/", StringComparison.Ordinal) || t.EndsWith("*@", StringComparison.Ordinal) || t.Contains("-->", StringComparison.Ordinal));
                continue;
            }
            yield return new CodeLine(file, number, line);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Jixiao.slnx not found above " + AppContext.BaseDirectory);
    }
}

using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Review;

/// <summary>A failing case: the clean project bent by <see cref="Mutate"/> must produce exactly this finding.</summary>
internal sealed record LintCase(Func<Project, Project> Mutate, string RuleId, Severity Severity, string Message, LintContext? Context = null);

internal static class LintAssert
{
    /// <summary>The finding exists with this rule id, severity and exact message (placeholders filled).</summary>
    public static Finding Fires(IReadOnlyList<Finding> findings, string ruleId, Severity severity, string message)
    {
        var hit = findings.FirstOrDefault(f => f.RuleId == ruleId && f.Message == message);
        Assert.True(hit is not null,
            $"{ruleId} «{message}» not found; got: {string.Join(" | ", findings.Select(f => $"{f.RuleId} {f.Severity} {f.Message}"))}");
        Assert.Equal(severity, hit!.Severity);
        return hit;
    }

    public static void Silent(IReadOnlyList<Finding> findings, string ruleId) =>
        Assert.True(findings.All(f => f.RuleId != ruleId),
            $"{ruleId} fired: {string.Join(" | ", findings.Where(f => f.RuleId == ruleId).Select(f => f.Message))}");

    public static void Check(LintCase c)
    {
        var findings = Linter.LintProject(c.Mutate(TestProjects.Clean), c.Context ?? LintContext.Default);
        Fires(findings, c.RuleId, c.Severity, c.Message);
    }
}

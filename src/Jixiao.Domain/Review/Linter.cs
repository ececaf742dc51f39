using Jixiao.Domain.Bounds;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review.Rules;

namespace Jixiao.Domain.Review;

/// <summary>
/// Runs the lint catalogue (review-rules.md CMP, CAT, QNT, UNIT, OP, MNY, RNG, DATE, DUP, TXT) over a project or a
/// unit package. Pure: the same input gives the same findings, in rule-family order. Never throws on user data.
/// </summary>
public static class Linter
{
    private static readonly IProjectRules[] ProjectFamilies =
    [
        new Completeness(), new CategoryPlacement(), new Quantification(), new Units(), new OperatorSemantics(),
        new MoneyReconciliation(), new NarrativeMoney(), new CostTargets(), new DatesAndPeriods(), new Duplicates(), new TextPlausibility(),
    ];

    private static readonly IPackageRules[] PackageFamilies = [new PackageRules()];

    /// <summary>Findings of one project (scope D for declarations, S for 自评表), filtered by each rule's scope.</summary>
    public static IReadOnlyList<Finding> LintProject(Project project, LintContext context)
    {
        // The rules add and multiply amounts: they run on the project without figures beyond any range (RNG-01 names them).
        var run = new ProjectRun(ProjectValues.Bounded(project), context);
        return ValueRangeRule.Check(run, ProjectValues.Check(project))
            .Concat(ProjectFamilies.SelectMany(f => f.Check(run)))
            .Where(f => RuleCatalog.Get(f.RuleId).Scope.HasFlag(run.Scope) && !context.Profile.IsOff(f.RuleId))
            .ToList();
    }

    /// <summary>Unit-scope findings (MNY-06, DUP-03, OP-05) followed by every project's findings.</summary>
    public static IReadOnlyList<Finding> LintPackage(UnitPackage package, LintContext context)
    {
        var unitContext = context.FormYear is null && package.Year is { } y ? context with { FormYear = y } : context;
        var run = new ProjectRun(null, unitContext);
        var findings = PackageFamilies.SelectMany(f => f.Check(package, run)).Where(f => !context.Profile.IsOff(f.RuleId)).ToList();
        foreach (var project in package.Projects)
            findings.AddRange(LintProject(project, unitContext));
        return findings;
    }
}

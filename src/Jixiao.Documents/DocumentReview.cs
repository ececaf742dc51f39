using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents;

/// <summary>
/// All checks of one imported document, each by its one domain implementation: the review rules for its project
/// forms, the SE rules of the scorer for self-evaluations, and the DSC invariants for disclosure tables. Imported
/// documents are historical (scoring.md SC-70): findings keep their severity but never block.
/// </summary>
public static class DocumentReview
{
    /// <param name="lint">The review rules' profile: the administrator's settings in force in the web app; the catalogue's
    /// defaults (<see cref="LintProfile.Default"/>) when none is given (the command line).</param>
    public static IReadOnlyList<Finding> Findings(ImportedDocument document, RuleProfile? profile = null, LintProfile? lint = null)
    {
        var context = new LintContext(lint ?? LintProfile.Default, LintMode.Historical, document.Year);
        var findings = new List<Finding>(Linter.LintPackage(document.Package, context));

        foreach (var project in document.Package.Projects.Where(p => p.Evaluation is not null))
            findings.AddRange(Scorer.Score(project, profile ?? RuleProfiles.For(project), ScoringMode.Historical).AllFindings);

        if (document.Disclosure is { } disclosure)
        {
            var forms = document.Package.Projects;
            var formsTotal = forms.Count == 0 ? (decimal?)null : Domain.Bounds.SafeMath.Sum(forms.Select(p => p.Funds.RequestedThisYear()));
            findings.AddRange(DisclosureChecker.Check(disclosure, formsTotal, forms.Count == 0 ? null : forms.Count));
        }
        return Deduplicate(findings);
    }


    // The linter and the scorer both look at self-evaluation rows; the same rule on the same cell is one finding.
    private static List<Finding> Deduplicate(List<Finding> findings) =>
        findings.DistinctBy(f => (f.RuleId, f.Project, f.Indicator, f.Field, f.Row, f.Message)).ToList();
}

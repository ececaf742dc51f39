using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Layout;

/// <summary>
/// Every field of a project that a printed form carries: <see cref="ProjectDiff.Compare"/> plus what it does not cover
/// (form identity, narrative, 2020 municipal fields, sub-projects, self-evaluation block, indicator columns).
/// Empty list = the two models are equal as far as a form can tell.
/// </summary>
internal static class ModelDifferences
{
    public static void AssertNone(Project expected, Project actual)
    {
        var differences = Of(expected, actual);
        Assert.True(differences.Count == 0, $"“{expected.Name}”:\n" + string.Join("\n", differences));
    }

    public static List<string> Of(Project expected, Project actual)
    {
        var d = ProjectDiff.Compare(expected, actual).Select(c => $"{c.Where}: “{c.Old}” → “{c.New}”").ToList();
        void Field(string label, object? a, object? b)
        {
            var (x, y) = (Show(a), Show(b));
            if (x != y) d.Add($"{label}: “{x}” → “{y}”");
        }

        Field("Form", expected.Form, actual.Form);
        Field("TemplateId", expected.TemplateId, actual.TemplateId);
        Field("Year", expected.Year, actual.Year);
        Field("FormNumber", expected.FormNumber, actual.FormNumber);
        Field("OverallGoalYears", expected.OverallGoalYears, actual.OverallGoalYears);
        Field("AnnualOtherFunds", expected.Funds.AnnualOtherFunds, actual.Funds.AnnualOtherFunds);
        Field("NarrativeTitle", expected.NarrativeTitle, actual.NarrativeTitle);
        foreach (var section in expected.Narrative.Keys.Union(actual.Narrative.Keys))
            Field($"Narrative {section}", expected.Narrative.GetValueOrDefault(section), actual.Narrative.GetValueOrDefault(section));
        Field("Municipal", Municipal(expected.Municipal), Municipal(actual.Municipal));
        Field("SubProjects", string.Join(" | ", expected.SubProjects), string.Join(" | ", actual.SubProjects));
        Field("Indicator count", expected.Indicators.Count, actual.Indicators.Count);
        foreach (var (e, a) in expected.Indicators.Zip(actual.Indicators))
            Field($"Indicator {e.Ordinal}", Row(e), Row(a));
        if (!Equals(expected.Evaluation, actual.Evaluation)) d.Add($"Evaluation: {expected.Evaluation} → {actual.Evaluation}");
        return d;
    }

    private static string? Municipal(MunicipalDetails? m) => m is null ? null : m with { PriorYear = m.PriorYear is { PriorYearBudget: null, PriorYearExpenditure: null } ? null : m.PriorYear } is var n
        ? $"{n.DeclaringUnit}|{n.ContactName}|{n.ContactPhone}|{n.IncludesGovPurchasedServices}|{n.PerformanceType}|{n.PriorYear}"
        : null;

    private static string Row(Indicator i) =>
        $"{i.Ordinal} {i.Level1}/{i.Level2}/{i.Name} = {i.Target.OriginalText} | {i.Actual?.OriginalText} | {Show(i.Weight)} | {Show(i.Score)} | {i.DeviationReason}";

    private static string? Show(object? value) => value switch
    {
        null => null,
        string s when string.IsNullOrWhiteSpace(s) => null,
        decimal m => m.ToString("0.00########", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

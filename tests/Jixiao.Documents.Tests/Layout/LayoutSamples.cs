using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Tests.Layout;

/// <summary>
/// Layouts of every form type made from an imported seed document, for the layout tests and the renderers' round trips:
/// self-evaluations scored by the <see cref="Scorer"/>, the disclosure with its 填报表, monitoring reports built on the
/// seed's projects with lights from <see cref="MonitoringLights"/>.
/// </summary>
internal static class LayoutSamples
{
    public static IEnumerable<FormDocument> SelfEvaluations(ImportedDocument d) =>
        d.Package.Projects.Where(p => p.Evaluation is not null).Select(p => FormLayouts.SelfEvaluation(p, Score(p)));

    public static ProjectScore Score(Project p) => Scorer.Score(p, RuleProfiles.ShDistrict, ScoringMode.Historical);

    public static IEnumerable<FormDocument> Disclosures(ImportedDocument d) =>
        d.Disclosure is null ? [] : [FormLayouts.Disclosure(d.Disclosure, d.Package.Projects)];

    public static IEnumerable<FormDocument> Monitorings(ImportedDocument d) =>
        d.Package.Projects.Take(2).Select(p => FormLayouts.Monitoring(Monitoring(p, 1_443_356m, 300_000m)));

    /// <summary>
    /// A 1–7月 report: every other quantitative row forecast at its target, the others at 50 %; qualitative rows
    /// 达成 or 部分达成; the second row 完全不可能 (red); non-green rows with causes, a two-line reason and an action.
    /// </summary>
    public static MonitoringSheet Monitoring(Project project, decimal annualBudget, decimal spent)
    {
        var budget = MonitoringLights.Budget(annualBudget, spent, 7);
        var rows = project.Indicators.Select((i, k) =>
        {
            var qualitative = i.Target.Kind is TargetKind.Qualitative or TargetKind.Conditional;
            var forecast = qualitative ? null : TargetParser.ParseActual(k % 2 == 0 ? i.Target.OriginalText : "50%");
            Tier? tier = qualitative ? (k % 3 == 0 ? Tier.PartiallyAchieved : Tier.Achieved) : null;
            var likelihood = k == 1 ? Likelihood.Impossible : Likelihood.Certain;
            var light = MonitoringLights.Indicator(project, new MonitoredIndicator(i, forecast, tier, likelihood), RuleProfiles.ShDistrict);
            var green = light.Light == Light.Green;
            return new MonitoringSheetRow(i.Level1, i.Level2, i.Name, i.Target.OriginalText, k % 2 == 0 ? "过半" : null,
                forecast?.OriginalText ?? (tier == Tier.Achieved ? "达成" : "部分达成"), k == 1 ? "完全不可能" : "确定能", light,
                green ? [] : ["经费保障", "其他"], green ? null : "第二季度采购延后。\n已调整计划。", green ? null : "加快进度");
        }).ToList();
        return new MonitoringSheet
        {
            Fields = MonitoringFields(project, annualBudget, spent, annualBudget - 43_356m,
                budget.Light == Light.Green ? null : "工资按月发放。", budget.Light == Light.Green ? null : "按计划执行。"),
            Year = project.Year,
            Month = 7,
            BudgetLight = budget,
            Rows = rows,
            ProjectLight = MonitoringLights.Worst(rows.Select(r => r.Light!.Light).Append(budget.Light)),
        };
    }

    /// <summary>
    /// The texts of a sheet on <paramref name="project"/>: the fields the definition copies from the declaration, the
    /// money as printed (`#,##0.00`, as it imports back) and the budget analysis.
    /// </summary>
    public static IReadOnlyDictionary<string, string> MonitoringFields(Project project, decimal annual, decimal spent, decimal forecast,
        string? reason, string? action)
    {
        var declared = FormDefinitions.DeclarationFields(FormDefinitions.For(project)).ToDictionary(f => f.Key);
        var fields = new Dictionary<string, string>();
        foreach (var f in MonitoringForm.Definition.Fields)
            if (f.CopiedFrom is { } from && declared[from].Text(project) is { } text) fields[f.Key] = text;
        fields[MonitoringForm.Keys.AnnualBudget] = FieldText.FormatMoney(annual);
        fields[MonitoringForm.Keys.ExpenditureToDate] = FieldText.FormatMoney(spent);
        fields[MonitoringForm.Keys.ForecastAnnualExpenditure] = FieldText.FormatMoney(forecast);
        if (reason is not null) fields[MonitoringForm.Keys.BudgetDeviationReason] = reason;
        if (action is not null) fields[MonitoringForm.Keys.BudgetCorrectiveAction] = action;
        return fields;
    }
}

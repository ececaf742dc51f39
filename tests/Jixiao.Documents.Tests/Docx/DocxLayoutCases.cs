using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Tests.Docx;

/// <summary>
/// Every <see cref="FormLayouts"/> entry point with the seeds that give it real content, so the docx round trip covers
/// every form type; a convention test fails when an entry point is added without a case here.
/// </summary>
internal static class DocxLayoutCases
{
    public static readonly IReadOnlyDictionary<string, Func<ImportedDocument, IEnumerable<FormDocument>>> EntryPoints =
        new Dictionary<string, Func<ImportedDocument, IEnumerable<FormDocument>>>
        {
            [nameof(FormLayouts.Declaration)] = d => d.Package.Projects.Select(FormLayouts.Declaration),
            [nameof(FormLayouts.UnitPackage)] = d => [FormLayouts.UnitPackage(d.Package)],
            [nameof(FormLayouts.SelfEvaluation)] = d => d.Package.Projects
                .Select(p => FormLayouts.SelfEvaluation(p, Scorer.Score(p, RuleProfiles.ShDistrict, ScoringMode.Historical))),
            [nameof(FormLayouts.Disclosure)] = d => [FormLayouts.Disclosure(d.Disclosure!, d.Package.Projects)],
            [nameof(FormLayouts.Monitoring)] = d => d.Package.Projects.Take(2).Select(p => FormLayouts.Monitoring(Monitoring(p))),
        };

    /// <summary>(entry point, seed): the seeds each form type is published in.</summary>
    public static TheoryData<string, string> Cases() => new()
    {
        { nameof(FormLayouts.Declaration), Seeds.District2024A },
        { nameof(FormLayouts.Declaration), Seeds.District2024B },
        { nameof(FormLayouts.Declaration), Seeds.Municipal2020 },
        { nameof(FormLayouts.Declaration), Seeds.Disclosure2021 },
        { nameof(FormLayouts.UnitPackage), Seeds.District2024A },
        { nameof(FormLayouts.UnitPackage), Seeds.District2024B },
        { nameof(FormLayouts.UnitPackage), Seeds.Municipal2020 },
        { nameof(FormLayouts.UnitPackage), Seeds.Disclosure2021 },
        { nameof(FormLayouts.SelfEvaluation), Seeds.SelfEvaluation2023 },
        { nameof(FormLayouts.Disclosure), Seeds.Disclosure2021 },
        { nameof(FormLayouts.Monitoring), Seeds.District2024A },
        { nameof(FormLayouts.Monitoring), Seeds.District2024B },
    };

    public static IEnumerable<FormDocument> Layouts(string entryPoint, string seed) =>
        EntryPoints[entryPoint](DocumentImporter.ImportLines(seed, Seeds.Lines(seed)).Document!);

    /// <summary>A 1–7月 report with lights from the domain: forecasts alternate met/short, qualitative rows a tier, one row 完全不可能.</summary>
    public static MonitoringSheet Monitoring(Project project)
    {
        var annual = project.Funds.AnnualRequestTotal ?? 1_000_000m;
        var spent = Math.Round(annual * 0.3m, 2, MidpointRounding.AwayFromZero);
        var budget = MonitoringLights.Budget(annual, spent, 7);
        var rows = project.Indicators.Select((i, k) =>
        {
            var qualitative = i.Target.Kind is TargetKind.Qualitative or TargetKind.Conditional;
            var forecast = qualitative ? null : TargetParser.ParseActual(k % 2 == 0 ? i.Target.OriginalText : "50%");
            var tier = qualitative ? Tier.PartiallyAchieved : (Tier?)null;
            var likelihood = k == 1 ? Likelihood.Impossible : Likelihood.Certain;
            var light = MonitoringLights.Indicator(project, new MonitoredIndicator(i, forecast, tier, likelihood), RuleProfiles.ShDistrict);
            return new MonitoringSheetRow(i.Level1, i.Level2, i.Name, i.Target.OriginalText, null,
                forecast?.OriginalText ?? "部分达成", k == 1 ? "完全不可能" : "确定能", light,
                light.Light == Light.Green ? [] : ["其他"], light.Light == Light.Green ? null : "采购延后。\n已调整计划。",
                light.Light == Light.Green ? null : "加快进度");
        }).ToList();
        return new MonitoringSheet
        {
            Fields = Layout.LayoutSamples.MonitoringFields(project, annual, spent, annual,
                budget.Light == Light.Green ? null : "工资按月发放。", budget.Light == Light.Green ? null : "按计划执行。"),
            Year = project.Year ?? 2024,
            Month = 7,
            BudgetLight = budget,
            Rows = rows,
            ProjectLight = MonitoringLights.Worst(rows.Select(r => r.Light!.Light).Append(budget.Light)),
        };
    }
}

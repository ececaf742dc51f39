using System.Text.Json;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Cli.Contract;

/// <summary>Domain → contract. Kept beside the contract so the JSON shape is decided in one place.</summary>
public static class ProjectMapper
{
    public static ProjectDto ToDto(Project p) => new(
        p.Name,
        JsonNamingPolicy.KebabCaseLower.ConvertName(p.Form.ToString()),
        p.TemplateId,
        p.Year,
        p.FormNumber,
        p.Nature,
        p.Category,
        p.SupervisingDepartment,
        p.ImplementingUnit,
        p.PlannedStart,
        p.PlannedEnd,
        new FundsDto(p.Funds.ProjectFundsTotal, p.Funds.FiscalFunds, p.Funds.OtherFunds, p.Funds.AnnualRequestTotal,
            p.Funds.CurrentYearAppropriation, p.Funds.PriorYearCarryover, p.Funds.AnnualOtherFunds),
        p.SubProjects.Select(s => new SubProjectDto(s.Name, s.AmountYuan)).ToList(),
        p.Municipal is { } m
            ? new MunicipalDto(m.DeclaringUnit, m.ContactName, m.ContactPhone, m.IncludesGovPurchasedServices, m.PerformanceType,
                m.PriorYear?.PriorYearBudget, m.PriorYear?.PriorYearExpenditure)
            : null,
        p.OverallGoal,
        p.AnnualGoal,
        p.Narrative.ToDictionary(kv => JsonNamingPolicy.CamelCase.ConvertName(kv.Key.ToString()), kv => kv.Value),
        p.Indicators.Select(ToDto).ToList(),
        p.Evaluation is { } e ? ToDto(e) : null,
        p.SourceLine,
        FormDefinitions.Texts(p));

    public static IndicatorDto ToDto(Indicator i) => new(
        i.Level1, i.Level2, i.Name, ToDto(i.Target), i.Actual is { } a ? ToDto(a) : null,
        i.Weight, i.Score, i.DeviationReason, i.SourceLine);

    public static ValueDto ToDto(TargetValue v) => new(
        v.OriginalText,
        JsonNamingPolicy.CamelCase.ConvertName(v.Kind.ToString()),
        v.Op == Comparator.None ? null : v.Op.Symbol(),
        v.Value,
        v.Unit?.Text,
        v.Canonical,
        v.Scope,
        v.Notes.Select(n => JsonNamingPolicy.CamelCase.ConvertName(n.ToString())).ToList());


    private static EvaluationDto ToDto(SelfEvaluation e) => new(
        e.Total.InitialBudget, e.Total.AdjustedBudget, e.Total.Expenditure,
        e.PrintedExecutionRate,
        e.ExecutionWeight, e.PrintedExecutionScore, e.PrintedWeightTotal, e.PrintedTotal);
}

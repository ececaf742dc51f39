using System.Text.Json;
using Jixiao.Documents.OpenData;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Cli.Contract;

/// <summary>Domain → contract. Kept beside the contract so the JSON shape is decided in one place.</summary>
public static class ProjectMapper
{
    public static ProjectDto ToDto(Project p)
    {
        var published = PublishedFields.Of(p, Contract);
        return new(
            p.Name,
            JsonNamingPolicy.KebabCaseLower.ConvertName(p.Form.ToString()),
            p.TemplateId,
            p.Year,
            p.FormNumber,
            published,
            p.SubProjects.Select(s => new SubProjectDto(s.Name, s.AmountYuan)).ToList(),
            published,
            published,
            p.Narrative.ToDictionary(kv => JsonNamingPolicy.CamelCase.ConvertName(kv.Key.ToString()), kv => kv.Value),
            p.Indicators.Select(ToDto).ToList(),
            p.Evaluation is { } e ? ToDto(e) : null,
            p.SourceLine,
            FormDefinitions.Texts(p));
    }

    /// <summary>The contract's named header properties of a project (<see cref="FieldDefinition.CliJson"/>).</summary>
    public static PublishedName? Contract(FieldDefinition field) => field.CliJson;

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

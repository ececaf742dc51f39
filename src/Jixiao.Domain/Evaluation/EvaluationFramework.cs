using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Evaluation;

/// <summary>One dimension of an evaluation framework (项目决策 10 分): its weight and the indicators scored under it.</summary>
public sealed record EvaluationDimension(string Name, decimal Weight, IReadOnlyList<string> Indicators);

/// <summary>
/// 重点绩效评价的评价指标体系 (决策/过程/产出/效益 with weights), read from a data template (ADR-059): a template whose score
/// pools carry the whole 100 points (no 预算执行率 share) is a framework; its pools are the dimensions and the level-2
/// categories of each pool's level-1s the indicators. The shipped one is the Ningxia framework (devcorpus 19, NX-PROJ-SE).
/// </summary>
public sealed record EvaluationFramework(string Id, string Title, IReadOnlyList<EvaluationDimension> Dimensions)
{
    /// <summary>The framework an evaluation is assigned when finance names none.</summary>
    public const string DefaultId = "NX-PROJ-SE";

    public decimal TotalWeight => Dimensions.Sum(d => d.Weight);

    /// <summary>The framework a template describes, or null when its pools do not carry exactly 100 points by themselves.</summary>
    public static EvaluationFramework? From(JurisdictionTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var pools = template.Profile.WeightPools;
        if (pools.Count == 0 || template.Profile.ExecutionWeight != 0m || pools.Sum(p => p.Weight) != 100m) return null;
        var dimensions = pools.Select(p => new EvaluationDimension(p.Name, p.Weight,
            p.Level1Labels.Select(template.Tree.FindLevel1).OfType<Level1Category>().SelectMany(l => l.Children.Select(c => c.Name)).ToList())).ToList();
        return new EvaluationFramework(template.Id, template.Profile.DisplayName, dimensions);
    }

    /// <summary>Every framework among the templates in use, shipped and configured.</summary>
    public static IReadOnlyList<EvaluationFramework> All(TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return templates.Templates.Select(From).OfType<EvaluationFramework>().ToList();
    }

    /// <summary>The framework with <paramref name="id"/> among the templates in use, or null.</summary>
    public static EvaluationFramework? Find(TemplateSet templates, string? id) => All(templates).FirstOrDefault(f => f.Id == id);
}

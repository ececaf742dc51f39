using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Paging;

namespace Jixiao.Web.Services;

/// <summary>What the 绩效自评 list may be narrowed to (年度, 状态, 单位, a search on project or unit name).</summary>
public sealed record SelfEvaluationListFilter(int? Year = null, string? Q = null, FormState? State = null, int? UnitId = null)
{
    public string? Query => new ProjectListFilter(Q: Q).Query;

    /// <summary>Newest year first, then unit and project; the id breaks ties.</summary>
    public static readonly KeysetOrder<SelfEvaluationEntity> Order = KeysetOrder<SelfEvaluationEntity>.ByDescending("se", e => e.Project!.Year)
        .ThenBy(e => e.Project!.Unit!.Name).ThenBy(e => e.Project!.Name).ThenBy(e => e.Id);

    public IQueryable<SelfEvaluationEntity> Apply(IQueryable<SelfEvaluationEntity> evaluations)
    {
        if (Year is { } y) evaluations = evaluations.Where(e => e.Project!.Year == y);
        if (Query is { } q) evaluations = evaluations.Where(e => e.Project!.Name.Contains(q) || e.Project.Unit!.Name.Contains(q));
        if (State is { } s) evaluations = evaluations.Where(e => e.State == s);
        if (UnitId is { } u) evaluations = evaluations.Where(e => e.Project!.UnitId == u);
        return evaluations;
    }
}

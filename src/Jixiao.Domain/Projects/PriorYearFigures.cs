namespace Jixiao.Domain.Projects;

/// <summary>
/// 2020 municipal 同名项目上年预算额 / 同名项目上年预算执行数 (forms.md §5), in 元; blank for new projects.
/// (项目总预算 and 项目当年预算 map to <see cref="ProjectFunds.ProjectFundsTotal"/> and
/// <see cref="ProjectFunds.AnnualRequestTotal"/>.)
/// </summary>
public sealed record PriorYearFigures(decimal? PriorYearBudget, decimal? PriorYearExpenditure);

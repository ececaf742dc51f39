namespace Jixiao.Domain.Projects;

/// <summary>
/// One row of a department's 年度履职目标 (部门整体支出绩效目标表): a duty (部门职能), the year's task for it
/// (年度目标任务), the expenditure project that funds it (支出项目名称) and its amount (预算金额). The amount is kept as
/// printed beside the figure read, in the form's money unit (万元), so damage stays visible.
/// </summary>
public sealed record DepartmentDuty(string Function, string Task, string ProjectName, string? AmountText, decimal? AmountWanYuan)
{
    /// <summary>First source line of the row, when imported.</summary>
    public int? SourceLine { get; init; }
}

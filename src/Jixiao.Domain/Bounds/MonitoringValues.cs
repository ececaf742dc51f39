namespace Jixiao.Domain.Bounds;

/// <summary>The range check of a 运行监控表's money (元): 全年预算数, 1–M月执行数, 预计全年执行数.</summary>
public static class MonitoringValues
{
    public static IReadOnlyList<ValueViolation> Check(decimal? annualBudget, decimal? expenditureToDate, decimal? forecastAnnualExpenditure)
    {
        var list = new ViolationList();
        list.Check(ValueRanges.Money, annualBudget, "全年预算数", "annualBudget");
        list.Check(ValueRanges.Money, expenditureToDate, "执行数", "expenditureToDate");
        list.Check(ValueRanges.Money, forecastAnnualExpenditure, "预计全年执行数", "forecastAnnualExpenditure");
        return list;
    }
}

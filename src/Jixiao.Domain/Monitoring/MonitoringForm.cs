using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using K = Jixiao.Domain.Forms.FieldKind;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// The 财政项目支出绩效运行监控表 as printed (forms.md §7, 财预〔2019〕136号): the header (the approved declaration's
/// 项目名称, 主管部门, 实施单位 and the 监控期间), the 项目资金（元） block, the budget analysis and the indicator columns.
/// One line per field; the page, the exports, the importer, the stored record and the API read it. `1–M月` in a label
/// stands for the period and is printed as `1–7月` (<see cref="Printed"/>).
/// </summary>
public static partial class MonitoringForm
{
    /// <summary>The budget analysis rows under the money block: label left, value across the row.</summary>
    public const string Analysis = "analysis";

    /// <summary>The period placeholder of labels.</summary>
    public const string PeriodMark = "1–M月";

    /// <summary>Keys the rules and the layout name (the rest are read from the definition alone).</summary>
    public static class Keys
    {
        public const string Name = "name";
        public const string Period = "period";
        public const string AnnualBudget = "annualBudget";
        public const string ExpenditureToDate = "expenditureToDate";
        public const string ExecutionRate = "executionRate";
        public const string ForecastAnnualExpenditure = "forecastAnnualExpenditure";
        public const string BudgetLight = "budgetLight";
        public const string BudgetBasis = "budgetBasis";
        public const string BudgetDeviationReason = "budgetDeviationReason";
        public const string BudgetCorrectiveAction = "budgetCorrectiveAction";
        public const string ProjectLight = "projectLight";

        // Indicator columns.
        public const string Target = "target";
        public const string Progress = "progressText";
        public const string Forecast = "forecastText";
        public const string Likelihood = "likelihood";
        public const string Light = "light";
        public const string Basis = "basis";
        public const string DeviationReason = "deviationReason";
        public const string CorrectiveAction = "correctiveAction";
    }

    public static FormDefinition Definition { get; } = new()
    {
        Id = "CN-MON-2019",
        Form = FormKind.MonitoringReport,
        Title = "财政项目支出绩效运行监控表",
        HeaderColumns = 6,
        Blocks = [new(FormBlocks.Header, null), new(FormBlocks.Funds, "项目资金（元）"), new(Analysis, null)],
        Fields =
        [
            F(Keys.Name, "项目名称", K.Text, Header(1, 1, span: 3)) with { CopiedFrom = "name", Required = true },
            F(Keys.Period, "监控期间", K.Text, Header(1, 2)) with { Computed = true },
            F("supervisingDepartment", "主管部门", K.Text, Header(2, 1, span: 3)) with { CopiedFrom = "supervisingDepartment" },
            F("implementingUnit", "实施单位", K.Text, Header(2, 2)) with { CopiedFrom = "implementingUnit" },
            F(Keys.AnnualBudget, "全年预算数", K.Money, Funds(1)) with { Required = true, StartsFrom = "annualRequestTotal" },
            F(Keys.ExpenditureToDate, PeriodMark + "执行数", K.Money, Funds(2)) with { Required = true },
            F(Keys.ExecutionRate, "执行率", K.Text, Funds(3)) with { Computed = true },
            F(Keys.ForecastAnnualExpenditure, "预计全年执行数", K.Money, Funds(4)),
            F(Keys.BudgetLight, "执行进度", K.Text, Funds(5)) with { Computed = true },
            F(Keys.BudgetBasis, "亮灯依据", K.Text, Row(1)) with { Computed = true },
            F(Keys.BudgetDeviationReason, "偏差原因分析", K.Narrative, Row(2)) with { Name = "预算执行偏差原因分析" },
            F(Keys.BudgetCorrectiveAction, "纠偏措施", K.Narrative, Row(3)) with { Name = "预算执行纠偏措施" },
            F(Keys.ProjectLight, "项目监控结果", K.Text, Row(4)) with { Computed = true },
        ],
        IndicatorColumns =
        [
            new("一级指标"), new("二级指标"), new("三级指标"), new("年度指标值", Key: Keys.Target),
            new(PeriodMark + "实际完成值", Key: Keys.Progress), new("全年预计完成值", Key: Keys.Forecast),
            new("完成目标可能性", Key: Keys.Likelihood), new("监控结果", Key: Keys.Light), new("亮灯依据", Key: Keys.Basis),
            new("偏差原因分析", Key: Keys.DeviationReason), new("纠偏措施", Key: Keys.CorrectiveAction),
        ],
    };

    /// <summary>The fields a unit enters and the report stores (not copied from the declaration, not computed).</summary>
    public static IEnumerable<FieldDefinition> Entered => Definition.Fields.Where(f => f.CopiedFrom is null && !f.Computed);

    /// <summary>The printed label of a field or an indicator column by key (`1–M月` not yet replaced).</summary>
    /// <exception cref="ArgumentException">No field or column has <paramref name="key"/>.</exception>
    public static string Label(string key) =>
        Definition.Field(key)?.Label ?? Definition.Column(key)?.Label ?? throw new ArgumentException($"运行监控表没有“{key}”。", nameof(key));

    /// <summary>`1–7月`.</summary>
    public static string Period(int month) => $"1–{month.ToString(CultureInfo.InvariantCulture)}月";

    /// <summary>A label or name as printed for the period 1–<paramref name="month"/>月 (`1–M月执行数` → `1–7月执行数`).</summary>
    public static string Printed(string label, int month)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Replace(PeriodMark, Period(month), StringComparison.Ordinal);
    }

    /// <summary>A printed label back to the definition's (`1–7月执行数`, `1-12月执行数` → `1–M月执行数`); other text as is.</summary>
    public static string Unprinted(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        return PrintedPeriod().Replace(printed, PeriodMark, 1);
    }

    private static FieldDefinition F(string key, string label, FieldKind kind, FieldPlace place) =>
        new() { Key = key, Label = label, Kind = kind, Place = place };

    private static FieldPlace Header(int row, int order, int span = 1) => new(FormBlocks.Header, row, order, span);

    // The money block prints its labels above their values, one column each.
    private static FieldPlace Funds(int order) => new(FormBlocks.Funds, 1, order);

    private static FieldPlace Row(int row) => new(Analysis, row, 1, 5);

    [GeneratedRegex(@"^1\s*[–\-—~～至]\s*\d{1,2}\s*月")]
    private static partial Regex PrintedPeriod();
}

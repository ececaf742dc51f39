using System.Globalization;

namespace Jixiao.Domain.Projects;

/// <summary>
/// One row of a department's 年度履职目标 (部门整体支出绩效目标表): a duty (部门职能), the year's task for it
/// (年度目标任务), the expenditure project that funds it (支出项目名称) and its amount (预算金额). The amount is kept as
/// printed in the table's 万元 column (<see cref="AmountText"/>, so damage stays visible) beside the figure read, stored
/// in 元 like every amount (ADR-039); 万元 exists only where it is typed or shown.
/// </summary>
public sealed record DepartmentDuty(string Function, string Task, string ProjectName, string? AmountText, decimal? AmountYuan)
{
    /// <summary>
    /// The figure of a row stored before duties held 元 (`amountWanYuan`, in 万元): read once into <see cref="AmountYuan"/>,
    /// never written. The key names its unit, so an old row converts exactly (ADR-064).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public decimal? AmountWanYuan
    {
        get => null;
        init
        {
            if (value is { } wan && AmountYuan is null) AmountYuan = Money.Amount.FromWanYuan(wan).Yuan;
        }
    }

    /// <summary>The 预算金额 as the 万元 column shows it (2 dp), or the printed text when it is no figure.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? AmountWanYuanText => AmountYuan is { } y ? new Money.Amount(y).WanYuanText : AmountText;

    /// <summary>First source line of the row, when imported.</summary>
    public int? SourceLine { get; init; }

    /// <summary>
    /// The 预算金额 typed in 万元 (`12.5`, `12.50万元`): its value, or why it is not one (blank: no value, no error).
    /// Shared by the editor's API and anything else that takes a typed duty.
    /// </summary>
    public static (decimal? WanYuan, string? Error) ReadAmount(string? text)
    {
        var bare = (text ?? "").Trim().Replace("万元", "", StringComparison.Ordinal).Replace("万", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (bare.Length == 0) return (null, null);
        if (!decimal.TryParse(bare, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var wan))
            return (null, $"“{text!.Trim()}”不是有效金额，请填写以万元为单位的数字，如 12.50。");
        if (decimal.Round(wan, 6) != wan) return (null, "预算金额（万元）最多保留六位小数（即精确到元）。");
        return wan > 1_000_000_000m ? (null, "预算金额超出范围。") : (wan, null);
    }
}

using System.Globalization;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Money;

/// <summary>
/// An amount of money in 元, the unit every form stores. 万元 exists only at the edges: a figure stated in 万元 converts
/// exactly (<see cref="FromWanYuan"/>); converting to 万元 rounds to 2 dp half away from zero (forms.md TotalFunds,
/// MNY-06; disclosure.md narrative). Never throws: 元 ÷ 10,000 cannot overflow.
/// </summary>
public readonly record struct Amount(decimal Yuan)
{
    /// <summary>元 per 万元.</summary>
    public const decimal YuanPerWanYuan = 10_000m;

    /// <summary>A figure stated in 万元 (exact; the caller keeps the stated decimals for MNY tolerances).</summary>
    public static Amount FromWanYuan(decimal wanYuan) => new(wanYuan * YuanPerWanYuan);

    /// <summary>In 万元, 2 dp half away from zero: 243,049.99 元 → 24.30.</summary>
    public decimal WanYuan => Rounding.HalfAwayFromZero(Yuan / YuanPerWanYuan, 2);

    /// <summary><see cref="WanYuan"/> as printed: `24.30`.</summary>
    public string WanYuanText => WanYuan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>To the fen, 2 dp half away from zero.</summary>
    public Amount Rounded => new(Rounding.Yuan(Yuan));
}

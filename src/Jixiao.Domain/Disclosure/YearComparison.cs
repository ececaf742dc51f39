namespace Jixiao.Domain.Disclosure;

/// <summary>Direction of a `{比较}` phrase (disclosure.md §1).</summary>
public enum ComparisonDirection
{
    Increase,
    Decrease,
    Flat,
}

/// <summary>
/// `比{Y-1}年预算增加{Δ}万元` / `比{Y-1}年预算减少{Δ}万元` / `与{Y-1}年预算持平` as printed; <see cref="Delta"/> is null
/// for 持平. <see cref="SignedDeltaYuan"/> is the change this year − prior year implied by the text.
/// </summary>
public sealed record YearComparison(int PriorYear, ComparisonDirection Direction, WanYuanFigure? Delta)
{
    public decimal SignedDeltaYuan => Direction switch
    {
        ComparisonDirection.Increase => Delta?.Yuan ?? 0m,
        ComparisonDirection.Decrease => -(Delta?.Yuan ?? 0m),
        _ => 0m,
    };

    public decimal ToleranceYuan => Delta?.ToleranceYuan ?? 0m;
}

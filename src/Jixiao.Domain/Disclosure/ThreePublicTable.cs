namespace Jixiao.Domain.Disclosure;

/// <summary>
/// 表8 `单位“三公”经费和机关运行经费预算表` (元, null = printed blank): “三公”经费 合计 · 因公出国(境)费 · 公务接待费 ·
/// 公务用车购置及运行费 (小计 · 购置费 · 运行费) · 机关运行经费.
/// </summary>
public sealed record ThreePublicTable(
    TablePrint Print,
    decimal? Total,
    decimal? OverseasTravel,
    decimal? Reception,
    decimal? VehiclesSubtotal,
    decimal? VehiclePurchase,
    decimal? VehicleOperation,
    decimal? AgencyOperatingExpense,
    int? Line = null);

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// The amounts of the disclosure records by the column and row keys of <see cref="Forms.DisclosureForm"/>, so
/// layouts, pages and the importer walk the definition's columns instead of listing them. An unknown key is a bug
/// in the definition and throws.
/// </summary>
public static class DisclosureAmounts
{
    public static decimal Amount(this FunctionIncomeRow r, string key) => key switch
    {
        "total" => r.Total,
        "fiscal" => r.FiscalAppropriation,
        "service" => r.ServiceRevenue,
        "business" => r.BusinessRevenue,
        "other" => r.OtherRevenue,
        _ => throw Unknown(key),
    };

    public static decimal Amount(this FunctionExpenseRow r, string key) => key switch
    {
        "total" => r.Total,
        "basic" => r.Basic,
        "project" => r.Project,
        _ => throw Unknown(key),
    };

    public static decimal Amount(this EconomicRow r, string key) => key switch
    {
        "total" => r.Total,
        "personnel" => r.Personnel,
        "operating" => r.Operating,
        _ => throw Unknown(key),
    };

    public static decimal Amount(this SummaryExpenseRow r, string key) => key switch
    {
        "total" => r.Total,
        "basic" => r.Basic,
        "personnel" => r.Personnel,
        "operating" => r.Operating,
        "project" => r.Project,
        _ => throw Unknown(key),
    };

    public static decimal Amount(this FiscalExpenseRow r, string key) => key switch
    {
        "total" => r.Total,
        "general" => r.GeneralPublicBudget,
        "fund" => r.GovernmentFund,
        _ => throw Unknown(key),
    };

    public static decimal? Amount(this SummaryIncome i, string key) => key switch
    {
        "fiscal" => i.FiscalAppropriation,
        "general" => i.GeneralPublicBudget,
        "fund" => i.GovernmentFund,
        "service" => i.ServiceRevenue,
        "business" => i.BusinessRevenue,
        "other" => i.OtherRevenue,
        "total" => i.Total,
        _ => throw Unknown(key),
    };

    public static decimal? Amount(this FiscalIncome i, string key) => key switch
    {
        "general" => i.GeneralPublicBudget,
        "fund" => i.GovernmentFund,
        "total" => i.Total,
        _ => throw Unknown(key),
    };

    public static decimal? Amount(this ThreePublicTable t, string key) => key switch
    {
        "total" => t.Total,
        "overseas" => t.OverseasTravel,
        "reception" => t.Reception,
        "vehicles" or "vehicleCosts" => t.VehiclesSubtotal,
        "purchase" => t.VehiclePurchase,
        "operation" => t.VehicleOperation,
        "agency" => t.AgencyOperatingExpense,
        _ => throw Unknown(key),
    };

    /// <summary>表1's income side from amounts by row key (a missing key is blank).</summary>
    public static SummaryIncome SummaryIncome(IReadOnlyDictionary<string, decimal?> a, decimal? total) =>
        new(a.GetValueOrDefault("fiscal"), a.GetValueOrDefault("general"), a.GetValueOrDefault("fund"), a.GetValueOrDefault("service"),
            a.GetValueOrDefault("business"), a.GetValueOrDefault("other"), total);

    /// <summary>表4's income side from amounts by row key (a missing key is blank).</summary>
    public static FiscalIncome FiscalIncome(IReadOnlyDictionary<string, decimal?> a, decimal? total) =>
        new(a.GetValueOrDefault("general"), a.GetValueOrDefault("fund"), total);

    private static ArgumentOutOfRangeException Unknown(string key) => new(nameof(key), key, "No such disclosure amount.");
}

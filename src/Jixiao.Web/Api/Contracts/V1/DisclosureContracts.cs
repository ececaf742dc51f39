using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Web.Api.Contracts.V1;

// The 单位预算公开 package as /api/v1 answers it. These records are the wire contract: the domain package
// (Jixiao.Domain.Disclosure) and its stored JSON (Jixiao.Data.Content.DisclosureJson) may change without a script
// noticing. Amounts in 元; narrative figures in 万元 with the decimals they were stated with (`yuan` beside them).

public sealed record DisclosurePackage(
    int Year, string UnitName, DisclosureSummaryTable? Summary, DisclosureIncomeTable? Income, DisclosureExpenseTable? Expense,
    DisclosureFiscalTable? Fiscal, DisclosureExpenseTable? GeneralBudget, DisclosureExpenseTable? GovernmentFund,
    DisclosureEconomicTable? BasicByEconomic, DisclosureThreePublicTable? ThreePublic, DisclosureNarrativeFigures Narrative);

/// <summary>The printed frame of a table: title, `编制单位：…`, `单位：元`, column-group heads; line of the title in the source.</summary>
public sealed record DisclosureTablePrint(string Title, string? PreparerLine, string? AmountUnitLine, IReadOnlyList<string> GroupHeaders, int? Line);

public sealed record DisclosureSummaryTable(DisclosureTablePrint Print, DisclosureSummaryIncome Income, IReadOnlyList<DisclosureSummaryExpenseRow> ExpenseRows,
    DisclosureSummaryExpenseRow? ExpenseTotal);

public sealed record DisclosureSummaryIncome(decimal? FiscalAppropriation, decimal? GeneralPublicBudget, decimal? GovernmentFund,
    decimal? ServiceRevenue, decimal? BusinessRevenue, decimal? OtherRevenue, decimal? Total);

public sealed record DisclosureSummaryExpenseRow(string Label, string ClassName, decimal Total, decimal Personnel, decimal Operating, decimal Project,
    int? Line, decimal Basic);

public sealed record DisclosureIncomeTable(DisclosureTablePrint Print, IReadOnlyList<DisclosureIncomeRow> Rows, DisclosureIncomeRow? Total, string? Statement);

public sealed record DisclosureIncomeRow(string? Code, string Name, decimal Total, decimal FiscalAppropriation, decimal ServiceRevenue,
    decimal BusinessRevenue, decimal OtherRevenue, int? Line, decimal PartsSum);

public sealed record DisclosureExpenseTable(DisclosureTablePrint Print, IReadOnlyList<DisclosureExpenseRow> Rows, DisclosureExpenseRow? Total,
    string? Statement, bool IsEmpty);

public sealed record DisclosureExpenseRow(string? Code, string Name, decimal Total, decimal Basic, decimal Project, int? Line);

public sealed record DisclosureFiscalTable(DisclosureTablePrint Print, DisclosureFiscalIncome Income, IReadOnlyList<DisclosureFiscalExpenseRow> ExpenseRows,
    DisclosureFiscalExpenseRow? ExpenseTotal);

public sealed record DisclosureFiscalIncome(decimal? GeneralPublicBudget, decimal? GovernmentFund, decimal? Total);

public sealed record DisclosureFiscalExpenseRow(string Label, string ClassName, decimal Total, decimal GeneralPublicBudget, decimal GovernmentFund, int? Line);

public sealed record DisclosureEconomicTable(DisclosureTablePrint Print, IReadOnlyList<DisclosureEconomicRow> Rows, DisclosureEconomicRow? Total, string? Statement);

public sealed record DisclosureEconomicRow(string? Code, string Name, decimal Total, decimal Personnel, decimal Operating, int? Line);

public sealed record DisclosureThreePublicTable(DisclosureTablePrint Print, decimal? Total, decimal? OverseasTravel, decimal? Reception,
    decimal? VehiclesSubtotal, decimal? VehiclePurchase, decimal? VehicleOperation, decimal? AgencyOperatingExpense, int? Line);

/// <summary>The figures read from the narrative (编制说明, 其他相关情况说明). <see cref="UnitKind"/>: Unknown, Administrative, CivilServiceManagedInstitution, PublicInstitution.</summary>
public sealed record DisclosureNarrativeFigures(string? UnitTypeSentence, string UnitKind, DisclosureStatement? Statement,
    DisclosureThreePublicNarrative? ThreePublic, DisclosureProcurement? Procurement, DisclosurePerformanceTargets? PerformanceTargets,
    string? StateCapitalStatement);

/// <summary>A figure in 万元 as stated (`1712.17` has 2 decimals) and its value in 元; the tolerance a comparison with the tables allows.</summary>
public sealed record DisclosureFigure(decimal Value, int Decimals, int? Line, decimal Yuan, decimal ToleranceYuan);

/// <summary>`比{PriorYear}年预算增加/减少{Delta}` or `与…持平`; <see cref="Direction"/>: Increase, Decrease, Flat.</summary>
public sealed record DisclosureComparison(int PriorYear, string Direction, DisclosureFigure? Delta, decimal SignedDeltaYuan, decimal ToleranceYuan);

public sealed record DisclosureComparedFigure(DisclosureFigure Amount, DisclosureComparison? Comparison);

public sealed record DisclosureSubjectAmount(int Ordinal, string SubjectName, DisclosureFigure Amount);

public sealed record DisclosureStatement(DisclosureFigure? TotalExpenditure, DisclosureComparedFigure? FiscalExpenditure,
    DisclosureComparedFigure? GeneralPublicBudget, DisclosureFigure? GovernmentFund, IReadOnlyList<DisclosureSubjectAmount> Subjects);

public sealed record DisclosureThreePublicNarrative(DisclosureComparedFigure? Total, DisclosureComparedFigure? OverseasTravel,
    DisclosureComparedFigure? Vehicles, DisclosureComparedFigure? Reception, DisclosureFigure? AgencyOperatingExpense, bool NoAgencyOperatingStatement);

public sealed record DisclosureProcurement(DisclosureFigure? Total, DisclosureFigure? Goods, DisclosureFigure? Works, DisclosureFigure? Services);

public sealed record DisclosurePerformanceTargets(int ProjectCount, DisclosureFigure Funds, int? Line);

/// <summary>
/// One amount cell (元) by its stable key (`3.r2.basic`), with the row's code and name and the column as printed;
/// <see cref="Table"/> names the table (FinancialSummary … ThreePublic). PUT/check bodies address cells by key.
/// </summary>
public sealed record DisclosureCellEntry(string Key, string Table, string RowKey, string? Code, string RowName, string ColumnKey, string Column, decimal? Value);

public static class DisclosureContractJson
{
    /// <summary>camelCase, Chinese unescaped; the records carry enum names as strings already.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Documents;
using Jixiao.Domain.Disclosure;
using Jixiao.Web.Api.Contracts.V1;

namespace Jixiao.Web.Tests;

/// <summary>
/// The package as /api/v1 answers it is the versioned contract (<see cref="DisclosurePackage"/>), not the domain
/// package or its stored JSON: its shape is pinned here, so a renamed domain or storage property cannot leak out.
/// </summary>
public class DisclosureContractTests
{
    private static readonly BudgetDisclosure Seed =
        DocumentImporter.ImportBytes(DisclosureTestSupport.SeedFile, DisclosureTestSupport.SeedBytes()).Document!.Disclosure!;

    private static JsonNode Wire(BudgetDisclosure d) =>
        JsonNode.Parse(JsonSerializer.Serialize(DisclosureContractMapper.Package(d), DisclosureContractJson.Options))!;

    [Fact]
    public void Package_Shape_IsTheContracts()
    {
        var shape = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Collect(Wire(Seed), "package", shape);
        Assert.Equal(ExpectedShape, shape.Select(kv => $"{kv.Key}: {kv.Value}"));
    }

    [Fact]
    public void Package_Values_AreThePackagesAsRead()
    {
        var wire = Wire(Seed);
        Assert.Equal(2021, (int)wire["year"]!);
        Assert.Equal(18_963_662.79m, (decimal)wire["summary"]!["income"]!["total"]!);
        Assert.Equal(18_963_662.79m, (decimal)wire["expense"]!["total"]!["total"]!);
        Assert.Contains("2080505", wire["expense"]!["rows"]!.AsArray().Select(r => (string?)r!["code"]));
        Assert.Equal("2021年单位支出预算总表", (string?)wire["expense"]!["print"]!["title"]);
        // 1712.17 万元 as stated: two decimals, 17,121,700 元.
        var subject = wire["narrative"]!["statement"]!["subjects"]![0]!["amount"]!;
        Assert.Equal((1712.17m, 2, 17_121_700m), ((decimal)subject["value"]!, (int)subject["decimals"]!, (decimal)subject["yuan"]!));
        Assert.Equal("PublicInstitution", (string?)wire["narrative"]!["unitKind"]);
    }

    [Fact]
    public void Cells_CarryTheTableByName()
    {
        var cell = DisclosureContractMapper.Cells(Documents.OpenData.DisclosureCells.Of(Seed)).First(c => c.Key == "3.sum.total");
        Assert.Equal(("ExpenseByFunction", 18_963_662.79m), (cell.Table, cell.Value!.Value));
    }

    // Each object path (array items as []) with its property names in order: the contract's shape.
    private static void Collect(JsonNode? node, string path, SortedDictionary<string, string> shape)
    {
        switch (node)
        {
            case JsonObject o:
                shape[path] = string.Join(' ', o.Select(p => p.Key));
                foreach (var p in o) Collect(p.Value, $"{path}.{p.Key}", shape);
                break;
            case JsonArray a:
                foreach (var item in a) Collect(item, path + "[]", shape);
                break;
        }
    }

    private static readonly string[] ExpectedShape =
    [
        "package: year unitName summary income expense fiscal generalBudget governmentFund basicByEconomic threePublic narrative",
        "package.basicByEconomic: print rows total statement",
        "package.basicByEconomic.print: title preparerLine amountUnitLine groupHeaders line",
        "package.basicByEconomic.rows[]: code name total personnel operating line",
        "package.basicByEconomic.total: code name total personnel operating line",
        "package.expense: print rows total statement isEmpty",
        "package.expense.print: title preparerLine amountUnitLine groupHeaders line",
        "package.expense.rows[]: code name total basic project line",
        "package.expense.total: code name total basic project line",
        "package.fiscal: print income expenseRows expenseTotal",
        "package.fiscal.expenseRows[]: label className total generalPublicBudget governmentFund line",
        "package.fiscal.expenseTotal: label className total generalPublicBudget governmentFund line",
        "package.fiscal.income: generalPublicBudget governmentFund total",
        "package.fiscal.print: title preparerLine amountUnitLine groupHeaders line",
        "package.generalBudget: print rows total statement isEmpty",
        "package.generalBudget.print: title preparerLine amountUnitLine groupHeaders line",
        "package.generalBudget.rows[]: code name total basic project line",
        "package.generalBudget.total: code name total basic project line",
        "package.governmentFund: print rows total statement isEmpty",
        "package.governmentFund.print: title preparerLine amountUnitLine groupHeaders line",
        "package.income: print rows total statement",
        "package.income.print: title preparerLine amountUnitLine groupHeaders line",
        "package.income.rows[]: code name total fiscalAppropriation serviceRevenue businessRevenue otherRevenue line partsSum",
        "package.income.total: code name total fiscalAppropriation serviceRevenue businessRevenue otherRevenue line partsSum",
        "package.narrative: unitTypeSentence unitKind statement threePublic procurement performanceTargets stateCapitalStatement",
        "package.narrative.performanceTargets: projectCount funds line",
        "package.narrative.performanceTargets.funds: value decimals line yuan toleranceYuan",
        "package.narrative.procurement: total goods works services",
        "package.narrative.procurement.goods: value decimals line yuan toleranceYuan",
        "package.narrative.procurement.services: value decimals line yuan toleranceYuan",
        "package.narrative.procurement.total: value decimals line yuan toleranceYuan",
        "package.narrative.procurement.works: value decimals line yuan toleranceYuan",
        "package.narrative.statement: totalExpenditure fiscalExpenditure generalPublicBudget governmentFund subjects",
        "package.narrative.statement.fiscalExpenditure: amount comparison",
        "package.narrative.statement.fiscalExpenditure.amount: value decimals line yuan toleranceYuan",
        "package.narrative.statement.fiscalExpenditure.comparison: priorYear direction delta signedDeltaYuan toleranceYuan",
        "package.narrative.statement.fiscalExpenditure.comparison.delta: value decimals line yuan toleranceYuan",
        "package.narrative.statement.generalPublicBudget: amount comparison",
        "package.narrative.statement.generalPublicBudget.amount: value decimals line yuan toleranceYuan",
        "package.narrative.statement.generalPublicBudget.comparison: priorYear direction delta signedDeltaYuan toleranceYuan",
        "package.narrative.statement.generalPublicBudget.comparison.delta: value decimals line yuan toleranceYuan",
        "package.narrative.statement.governmentFund: value decimals line yuan toleranceYuan",
        "package.narrative.statement.subjects[]: ordinal subjectName amount",
        "package.narrative.statement.subjects[].amount: value decimals line yuan toleranceYuan",
        "package.narrative.statement.totalExpenditure: value decimals line yuan toleranceYuan",
        "package.narrative.threePublic: total overseasTravel vehicles reception agencyOperatingExpense noAgencyOperatingStatement",
        "package.narrative.threePublic.overseasTravel: amount comparison",
        "package.narrative.threePublic.overseasTravel.amount: value decimals line yuan toleranceYuan",
        "package.narrative.threePublic.overseasTravel.comparison: priorYear direction delta signedDeltaYuan toleranceYuan",
        "package.narrative.threePublic.reception: amount comparison",
        "package.narrative.threePublic.reception.amount: value decimals line yuan toleranceYuan",
        "package.narrative.threePublic.reception.comparison: priorYear direction delta signedDeltaYuan toleranceYuan",
        "package.narrative.threePublic.reception.comparison.delta: value decimals line yuan toleranceYuan",
        "package.narrative.threePublic.total: amount comparison",
        "package.narrative.threePublic.total.amount: value decimals line yuan toleranceYuan",
        "package.narrative.threePublic.total.comparison: priorYear direction delta signedDeltaYuan toleranceYuan",
        "package.narrative.threePublic.total.comparison.delta: value decimals line yuan toleranceYuan",
        "package.narrative.threePublic.vehicles: amount comparison",
        "package.narrative.threePublic.vehicles.amount: value decimals line yuan toleranceYuan",
        "package.narrative.threePublic.vehicles.comparison: priorYear direction delta signedDeltaYuan toleranceYuan",
        "package.summary: print income expenseRows expenseTotal",
        "package.summary.expenseRows[]: label className total personnel operating project line basic",
        "package.summary.expenseTotal: label className total personnel operating project line basic",
        "package.summary.income: fiscalAppropriation generalPublicBudget governmentFund serviceRevenue businessRevenue otherRevenue total",
        "package.summary.print: title preparerLine amountUnitLine groupHeaders line",
        "package.threePublic: print total overseasTravel reception vehiclesSubtotal vehiclePurchase vehicleOperation agencyOperatingExpense line",
        "package.threePublic.print: title preparerLine amountUnitLine groupHeaders line",
    ];
}

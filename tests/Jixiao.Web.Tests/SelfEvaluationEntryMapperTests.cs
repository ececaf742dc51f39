using System.Text.Json;
using Jixiao.Domain.Forms;
using Jixiao.Web.Api;
using Jixiao.Web.Api.Contracts.V1;

namespace Jixiao.Web.Tests;

/// <summary>
/// The /api/v1 自评表 contract names no field of the form (ADR-023): fields and 项目资金 cells travel by the definition's
/// keys, so the wire does not change when the definition does. (<see cref="SelfEvaluationTests{TApp}"/> saves and reads
/// every entered field and cell over HTTP.)
/// </summary>
public class SelfEvaluationEntryMapperTests
{
    [Fact]
    public void Contract_NamesNoFieldOrCellOfTheForm() =>
        Assert.Equal(["AcknowledgeWarnings", "ConcurrencyStamp", "Fields", "Funds", "Rows"],
            typeof(SelfEvaluationEntry).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void EnteredFields_AreTheFormsOwn_NotTheDeclarationsCopies()
    {
        // 项目名称, 主管部门, 实施单位 and 预期目标 are copied from the approved declaration; the unit writes 实际完成情况.
        Assert.Equal(["actualOutcome"], FieldEntries.Entered(SelfEvaluationForms.District2023).Select(f => f.Key));
    }

    [Fact]
    public void Apply_TakesCellsByTheGridsKeys_AsTheirValues()
    {
        var entry = new SelfEvaluationEntry
        {
            Fields = new() { ["actualOutcome"] = "已完成。" },
            Funds = new()
            {
                ["total"] = new() { ["weight"] = "8" },
                ["currentYearAppropriation"] = new() { ["initialBudget"] = "350,000.00", ["expenditure"] = "152919.8" },
            },
        };

        var (form, refusal) = SelfEvaluationEntryMapper.Apply(entry);

        Assert.Null(refusal);
        Assert.Equal("已完成。", form!.ActualOutcome);
        Assert.Equal(8m, form.ExecutionWeight);
        Assert.Equal((350_000m, (decimal?)null, 152_919.8m), (form.Fund("currentYearAppropriation").InitialBudget!.Value, form.Fund("currentYearAppropriation").AdjustedBudget, form.Fund("currentYearAppropriation").Expenditure!.Value));
    }

    [Fact]
    public void Funds_TakeANumberAsItsLiteral()
    {
        var entry = JsonSerializer.Deserialize<SelfEvaluationEntry>("""{"funds":{"total":{"initialBudget":350000.00,"weight":10}},"fields":{"actualOutcome":"已完成"}}""", ApiJson.Options)!;

        Assert.Equal("350000.00", entry.Funds["total"]["initialBudget"]);
        Assert.Equal("10", entry.Funds["total"]["weight"]);
        Assert.Equal("已完成", entry.Fields["actualOutcome"]);
    }

    [Fact]
    public void Apply_RefusesARowOrColumnTheGridDoesNotHave_NamingIt()
    {
        var (form, refusal) = SelfEvaluationEntryMapper.Apply(new SelfEvaluationEntry
        {
            Funds = new() { ["carryover"] = new() { ["initialBudget"] = "1" }, ["total"] = new() { ["budget"] = "1" } },
        });

        Assert.Null(form);
        Assert.Equal(["funds.carryover", "funds.total.budget"], refusal!.Fields.Select(f => f.Key).Order(StringComparer.Ordinal));
        Assert.Contains("项目资金（元）没有“carryover”这一行", refusal.Summary());
        Assert.Equal("填报内容有误", refusal.Title);
    }
}

using System.Text.Json;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;
using Jixiao.Web.Api;
using Jixiao.Web.Api.Contracts.V1;

namespace Jixiao.Web.Tests;

/// <summary>
/// The /api/v1 运行监控 contract is the definition's (ADR-023): a field added to the 运行监控表's definition is read (GET)
/// and taken (PUT, submit, lights) under its key with no contract change; what the form cannot take
/// is refused naming the field. (<see cref="MonitoringTests{TApp}"/> does the same over HTTP for the definition's fields.)
/// </summary>
public class MonitoringEntryMapperTests
{
    // 1–M月总体目标执行情况, a line a province's 运行监控表 might add: a narrative and an amount after the budget analysis.
    private static readonly FormDefinition Longer = MonitoringForm.Definition with
    {
        Fields =
        [
            .. MonitoringForm.Definition.Fields,
            new FieldDefinition { Key = "goalProgress", Label = "总体目标执行情况", Kind = FieldKind.Narrative, Place = new(MonitoringForm.Analysis, 5, 1, 5) },
            new FieldDefinition { Key = "otherSpending", Label = "其他资金执行数", Kind = FieldKind.Money, Place = new(FormBlocks.Funds, 1, 6) },
        ],
    };

    [Fact]
    public void AddedField_IsRead_AndTaken_ByItsKey_WithNoContractChange()
    {
        var stored = new MonitoringContent().With(MonitoringForm.Keys.AnnualBudget, "120,000.00").With("goalProgress", "已完成全年目标的六成。");

        // GET: the stored text under the field's key.
        var read = JsonSerializer.SerializeToNode(MonitoringEntryMapper.ToContract(stored, Guid.Empty, Longer), ApiJson.Options)!;
        Assert.Equal("已完成全年目标的六成。", read["fields"]!["goalProgress"]!.GetValue<string>());
        Assert.Equal("120,000.00", read["fields"]!["annualBudget"]!.GetValue<string>());
        Assert.True(read["fields"]!.AsObject().ContainsKey("otherSpending")); // offered, still blank

        // PUT: what the browser sends back, changed, is taken under the same keys and stored by key.
        read["fields"]!["goalProgress"] = "已完成全年目标的七成。";
        read["fields"]!["otherSpending"] = "3,500";
        var sent = JsonSerializer.Deserialize<MonitoringEntry>(read.ToJsonString(), ApiJson.Options)!;
        var (content, refusal) = MonitoringEntryMapper.Apply(sent, Longer);
        Assert.Null(refusal);
        // The stored record keeps entered fields by key (schema 2), so a line in the real definition needs no storage change.
        Assert.Equal("已完成全年目标的七成。", content!.Text("goalProgress"));
        Assert.Equal("3,500", content.Text("otherSpending"));
        Assert.Equal("120,000.00", content.Text(MonitoringForm.Keys.AnnualBudget));
    }

    [Fact]
    public void AddedField_NotOfItsKind_IsRefusedNamingIt()
    {
        var entry = new MonitoringEntry { Fields = new() { ["otherSpending"] = "三千五" } };

        var (content, refusal) = MonitoringEntryMapper.Apply(entry, Longer);

        Assert.Null(content);
        var field = Assert.Single(refusal!.Fields);
        Assert.Equal(("fields.otherSpending", "其他资金执行数"), (field.Key, field.Name));
        Assert.Contains("“其他资金执行数”应为金额", refusal.Summary());
    }

    [Fact]
    public void Fields_TakeANumberAsItsLiteral_AndCleanTexts()
    {
        // A script written for the old body sends amounts as JSON numbers: read as typed, not refused.
        var entry = JsonSerializer.Deserialize<MonitoringEntry>("""{"fields":{"annualBudget":120000.50,"budgetDeviationReason":"采购\u0007延后","forecastAnnualExpenditure":null}}""", ApiJson.Options)!;

        Assert.Equal("120000.50", entry.Fields["annualBudget"]);
        Assert.Equal("采购延后", entry.Fields["budgetDeviationReason"]);
        Assert.Null(entry.Fields["forecastAnnualExpenditure"]);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<MonitoringEntry>("""{"fields":{"annualBudget":true}}""", ApiJson.Options));
    }

    [Fact]
    public void Contract_NamesNoFieldOfTheForm()
    {
        // The entered fields travel in `fields`; a property per field would be a contract line per field again.
        Assert.Equal(["ConcurrencyStamp", "Fields", "Rows"], typeof(MonitoringEntry).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}

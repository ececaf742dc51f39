using System.Text.Json;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Web.Api;
using Jixiao.Web.Api.Contracts.V1;
using Jixiao.Web.Services;

namespace Jixiao.Web.Tests;

/// <summary>
/// The /api/v1 自评表 contract names no field of the form (ADR-023): fields and 项目资金 cells travel by the definition's
/// keys, so the wire does not change when the definition does. (<see cref="SelfEvaluationTests{TApp}"/> saves and reads
/// every entered field and cell over HTTP.)
/// </summary>
public class SelfEvaluationEntryMapperTests
{
    // 偏差原因综述, a line a province's 自评表 might add under the goals: a narrative kept by key.
    private static readonly FormDefinition Longer = SelfEvaluationForms.District2023 with
    {
        Fields =
        [
            .. SelfEvaluationForms.District2023.Fields,
            new FieldDefinition
            {
                Key = "deviationSummary", Label = "偏差原因综述", Kind = FieldKind.Narrative,
                Place = new(FormBlocks.Goals, 1, 3, 4), Binding = FieldBinding.Stored,
            },
        ],
    };

    [Fact]
    public void AddedField_IsEntered_Saved_AndReadBack_ByItsKey_WithNoContractChange()
    {
        var declared = new Project { Name = "科技政策培训", Form = FormKind.DistrictDeclaration, TemplateId = "SH-DIST-2024", Fields = new Dictionary<string, string> { ["projectLead"] = "张三" } };
        var entry = new SelfEvaluationEntry { Fields = new() { ["actualOutcome"] = "已完成。", ["deviationSummary"] = "培训推迟一个月。" } };

        // PUT: the added field is taken under its key beside 实际完成情况 and stored by key.
        var (form, refusal) = SelfEvaluationEntryMapper.Apply(entry, Longer);
        Assert.Null(refusal);
        var saved = form!.ApplyTo(new EvaluationContent(), [], Longer);
        var stored = EvaluationContentJson.Read(EvaluationContentJson.Write(saved));
        Assert.Equal("培训推迟一个月。", stored.Fields["deviationSummary"]);
        Assert.Equal("已完成。", stored.ActualOutcome);

        // GET: the evaluated project has it in its fields (the declaration's kept beside it), so the definition's binding reads it.
        var evaluated = SelfEvaluationService.Evaluated(declared, stored);
        Assert.Equal("培训推迟一个月。", Longer.Field("deviationSummary")!.Text(evaluated));
        Assert.Equal("张三", evaluated.Fields["projectLead"]);
        var loaded = new LoadedSelfEvaluation(new SelfEvaluationEntity { ProfileId = "", Content = "" }, new ProjectEntity { Name = "", TemplateId = "" },
            new DeclarationVersion(Jixiao.Domain.Workflow.FormState.Approved) { Content = "" }, declared, stored);
        var read = SelfEvaluationEntryMapper.ToContract(loaded, Longer);
        Assert.Equal("培训推迟一个月。", read.Fields["deviationSummary"]);
        // The page's form carries it too, and a page save that does not post it keeps it.
        Assert.Equal("培训推迟一个月。", SelfEvaluationForm.From(stored, Guid.Empty).Fields["deviationSummary"]);
        Assert.Equal("培训推迟一个月。", new SelfEvaluationForm().ApplyTo(stored, [], Longer).Fields["deviationSummary"]);

        // PUT blank clears it; a key the form does not keep by key is not stored.
        var (cleared, _) = SelfEvaluationEntryMapper.Apply(new SelfEvaluationEntry { Fields = new() { ["deviationSummary"] = " " } }, Longer);
        Assert.Empty(cleared!.ApplyTo(stored, [], Longer).Fields);
        var page = new SelfEvaluationForm { Fields = new() { ["projectLead"] = "李四" } };
        Assert.False(page.ApplyTo(stored, [], Longer).Fields.ContainsKey("projectLead"));
    }

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

using System.Globalization;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// The 单位预算公开 package as one document in the published order (disclosure.md §1): 主要职能 and the
/// `{Y}年单位预算编制说明`, the eight tables (one section — worksheet — each), 其他相关情况说明 一…四 with the attached
/// 绩效目标填报表 forms, then 五. The narrative sentences are written from the package's narrative figures with the
/// templates of §1 (万元 as held, with the decimals they were stated with).
/// </summary>
public static class DisclosureLayout
{
    public static IReadOnlyList<FormSection> Sections(BudgetDisclosure d, IReadOnlyList<Project> targetForms)
    {
        var used = new HashSet<string>();
        var sections = new List<FormSection> { Named(Introduction(d), "编制说明", used) };
        FormSection?[] tables =
        [
            DisclosureTablesLayout.Summary(d.Summary, d.Year),
            DisclosureTablesLayout.Income(d.Income, d.Year),
            DisclosureTablesLayout.Expense(DisclosureTableKind.ExpenseByFunction, d.Expense, d.Year),
            DisclosureTablesLayout.Fiscal(d.Fiscal, d.Year),
            DisclosureTablesLayout.Expense(DisclosureTableKind.GeneralBudgetByFunction, d.GeneralBudget, d.Year),
            DisclosureTablesLayout.Expense(DisclosureTableKind.GovernmentFundByFunction, d.GovernmentFund, d.Year),
            DisclosureTablesLayout.Economic(d.BasicByEconomic, d.Year),
            DisclosureTablesLayout.ThreePublic(d.ThreePublic, d.Year),
        ];
        foreach (var table in tables.OfType<FormSection>()) sections.Add(table with { Name = SheetNames.Safe(table.Name, used) });
        sections.Add(Named(OtherNotes(d), "其他相关情况说明", used));
        foreach (var form in targetForms)
            sections.Add(new FormSection(SheetNames.Safe(FormSheetName(form), used), DeclarationLayout.Blocks(form)));
        if (!string.IsNullOrWhiteSpace(d.Narrative.StateCapitalStatement))
            sections.Add(Named([new HeadingBlock("五、国有资本经营预算财政拨款情况说明", 3), new ParagraphBlock(d.Narrative.StateCapitalStatement)], "国有资本经营预算", used));
        return sections;
    }

    private static FormSection Named(IReadOnlyList<FormBlock> blocks, string name, HashSet<string> used) => new(SheetNames.Safe(name, used), blocks);

    private static string FormSheetName(Project p) => p.FormNumber is int n ? $"填报表{n} {p.Name}" : $"填报表 {p.Name}";

    private static List<FormBlock> Introduction(BudgetDisclosure d)
    {
        var n = d.Narrative;
        var blocks = new List<FormBlock> { new HeadingBlock(d.UnitName, 1) };
        if (!string.IsNullOrWhiteSpace(n.UnitTypeSentence))
        {
            blocks.Add(new HeadingBlock("主要职能", 3));
            blocks.Add(new ParagraphBlock(n.UnitTypeSentence));
        }
        blocks.Add(new HeadingBlock($"{d.Year}年单位预算编制说明", 3));
        if (n.Statement is { } s)
        {
            blocks.Add(new ParagraphBlock(StatementSentence(d, s)));
            foreach (var subject in s.Subjects)
                blocks.Add(new ParagraphBlock($"{subject.Ordinal.ToString(CultureInfo.InvariantCulture)}. “{subject.SubjectName}”科目{Wan(subject.Amount)}万元。"));
        }
        return blocks;
    }

    /// <summary>`{Y}年，{单位}预算支出总额为{T}万元，其中：财政拨款支出预算{F}万元，{比较}。财政拨款支出预算中，…` with the parts the package holds.</summary>
    private static string StatementSentence(BudgetDisclosure d, BudgetStatement s)
    {
        var parts = new List<string>();
        if (s.TotalExpenditure is { } t) parts.Add($"{d.Year}年，{d.UnitName}预算支出总额为{Wan(t)}万元");
        if (s.FiscalExpenditure is { } f) parts.Add($"其中：财政拨款支出预算{Compared(f)}");
        var text = string.Join("，", parts) + "。";
        var inner = new List<string>();
        if (s.GeneralPublicBudget is { } g) inner.Add($"一般公共预算拨款支出预算{Compared(g)}");
        if (s.GovernmentFund is { } j) inner.Add($"政府性基金拨款支出预算{Wan(j)}万元");
        if (inner.Count > 0) text += "财政拨款支出预算中，" + string.Join("；", inner) + "。";
        return s.Subjects.Count > 0 ? text + "财政拨款支出主要内容如下：" : text;
    }

    private static List<FormBlock> OtherNotes(BudgetDisclosure d)
    {
        var n = d.Narrative;
        var y = d.Year;
        var blocks = new List<FormBlock> { new HeadingBlock("其他相关情况说明", 1) };
        if (n.ThreePublic is { } tp)
        {
            blocks.Add(new HeadingBlock($"一、{y}年“三公”经费预算情况说明", 3));
            var lines = new List<string>();
            if (tp.Total is { } total) lines.Add($"{y}年“三公”经费预算数为{Compared(total)}。其中：");
            if (tp.OverseasTravel is { } o) lines.Add($"（一）因公出国（境）费{Compared(o)}。");
            if (tp.Vehicles is { } v) lines.Add($"（二）公务用车购置及运行费{Compared(v)}。");
            if (tp.Reception is { } r) lines.Add($"（三）公务接待费{Compared(r)}。");
            if (lines.Count > 0) blocks.Add(new ParagraphBlock(string.Join("\n", lines)));
            blocks.Add(new HeadingBlock("二、机关运行经费预算", 3));
            if (tp.AgencyOperatingExpense is { } a) blocks.Add(new ParagraphBlock($"{y}年本单位机关运行经费预算为{Wan(a)}万元。"));
            else if (tp.NoAgencyOperatingStatement) blocks.Add(new ParagraphBlock($"{y}年本单位无机关运行经费。"));
        }
        if (n.Procurement is { } p)
        {
            blocks.Add(new HeadingBlock("三、政府采购情况", 3));
            var detail = new List<string>();
            if (p.Goods is { } g) detail.Add($"政府采购货物预算{Wan(g)}万元");
            if (p.Works is { } w) detail.Add($"政府采购工程预算{Wan(w)}万元");
            if (p.Services is { } s) detail.Add($"政府采购服务预算{Wan(s)}万元");
            var total = p.Total is { } pt ? $"{y}年度本单位政府采购预算{Wan(pt)}万元" : $"{y}年度本单位政府采购预算";
            blocks.Add(new ParagraphBlock(detail.Count > 0 ? $"{total}，其中：{string.Join("、", detail)}。" : total + "。"));
        }
        if (n.PerformanceTargets is { } pf)
        {
            blocks.Add(new HeadingBlock("四、绩效目标设置情况", 3));
            blocks.Add(new ParagraphBlock($"{y}年度，本单位编报绩效目标的项目共{pf.ProjectCount.ToString(CultureInfo.InvariantCulture)}个，涉及项目预算资金{Wan(pf.Funds)}万元。"));
        }
        return blocks;
    }

    // A figure as stated, with its own number of decimals: `1712.17`, `0.3`, `0`.
    private static string Wan(WanYuanFigure f) => f.Value.ToString("F" + f.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>`{A}万元，比{Y}年预算增加{Δ}万元` / `{A}万元，与{Y}年预算持平` / `{A}万元`.</summary>
    private static string Compared(ComparedFigure f) => f.Comparison switch
    {
        { Direction: ComparisonDirection.Flat } c => $"{Wan(f.Amount)}万元，与{c.PriorYear}年预算持平",
        { Delta: { } delta } c => $"{Wan(f.Amount)}万元，比{c.PriorYear}年预算{(c.Direction == ComparisonDirection.Increase ? "增加" : "减少")}{Wan(delta)}万元",
        _ => $"{Wan(f.Amount)}万元",
    };
}

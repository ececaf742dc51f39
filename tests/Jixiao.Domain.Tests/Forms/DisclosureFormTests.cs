using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;

namespace Jixiao.Domain.Tests.Forms;

/// <summary>The 单位预算公开 definition: eight tables as printed (disclosure.md §4), recognised by their titles.</summary>
public class DisclosureFormTests
{
    [Fact]
    public void Tables_AreTheEightOfTheSpec_InPrintedOrder_WithTheirTitles()
    {
        Assert.Equal(Enum.GetValues<DisclosureTableKind>(), DisclosureForm.Tables.Select(t => t.Kind));
        Assert.Equal(
            ["2021年单位财务收支预算总表", "2021年单位收入预算总表", "2021年单位支出预算总表", "2021年单位财政拨款收支预算总表",
             "2021年单位一般公共预算支出功能分类预算表", "2021年单位政府性基金预算支出功能分类预算表",
             "2021年单位一般公共预算基本支出部门预算经济分类预算表", "单位“三公”经费和机关运行经费预算表"],
            DisclosureForm.Tables.Select(t => t.TitleFor(2021)));
        Assert.Equal(["表1", "表8"], [DisclosureForm.Tables[0].Label, DisclosureForm.Tables[7].Label]);
    }

    [Fact]
    public void Recognise_EveryTemplateTitle_AndThePrintedVariants_NameTheirTable()
    {
        Assert.All(DisclosureForm.Tables, t => Assert.Same(t, DisclosureForm.Recognise(t.TitleBody)));
        // Variants printed elsewhere: another preparer word, a shorter title; recognised by the distinctive words.
        Assert.Equal(DisclosureTableKind.ExpenseByFunction, DisclosureForm.Recognise("部门支出预算总表")?.Kind);
        Assert.Equal(DisclosureTableKind.FinancialSummary, DisclosureForm.Recognise("部门财务收支预算总表")?.Kind);
        Assert.Equal(DisclosureTableKind.FiscalSummary, DisclosureForm.Recognise("部门财政拨款收支预算总表")?.Kind);
        Assert.Equal(DisclosureTableKind.GovernmentFundByFunction, DisclosureForm.Recognise("政府性基金预算支出功能分类表")?.Kind);
        Assert.Equal(DisclosureTableKind.ThreePublic, DisclosureForm.Recognise("部门“三公”经费和机关运行经费预算表")?.Kind);
        Assert.Null(DisclosureForm.Recognise("财政项目支出绩效目标申报表"));
    }

    [Fact]
    public void Heads_SpanExactlyTheColumnsOfTheirTable()
    {
        foreach (var t in DisclosureForm.Tables)
        {
            var width = t.Shape switch
            {
                DisclosureRowShape.Coded => t.CodeParts.Count + 1 + t.MoneyColumns.Count,
                DisclosureRowShape.TwoSided => 3 + t.MoneyColumns.Count,
                _ => t.MoneyColumns.Count,
            };
            // Cells of each head row plus those reaching into it from above fill the width.
            var covered = new int[t.Head.Count];
            for (var r = 0; r < t.Head.Count; r++)
                foreach (var c in t.Head[r])
                    for (var k = r; k < r + c.RowSpan; k++) covered[k] += c.ColSpan;
            Assert.All(covered, n => Assert.Equal(width, n));
        }
    }

    [Fact]
    public void HeadFor_PutsTheYearIn_AndThePrintedGroupHeadInItsSlot()
    {
        var head = DisclosureForm.ThreePublic.HeadFor(2021);
        Assert.Equal(["2021年“三公”经费预算数", "2021年机关运行经费预算数"], head[0].Select(c => c.Text));
        Assert.Equal("一般公共预算支出", DisclosureForm.GovernmentFundByFunction.HeadFor(2021, ["一般公共预算支出"])[0][1].Text);
        Assert.Equal("政府性基金预算支出", DisclosureForm.GovernmentFundByFunction.HeadFor(2021, [])[0][1].Text);
    }

    [Fact]
    public void CodeCells_SplitACodeByTheTablesLevels()
    {
        Assert.Equal(["208", "05", "05"], DisclosureForm.ExpenseByFunction.CodeCells("2080505"));
        Assert.Equal(["208", "", ""], DisclosureForm.ExpenseByFunction.CodeCells("208"));
        Assert.Equal(["301", "08"], DisclosureForm.BasicByEconomic.CodeCells("30108"));
    }

    [Fact]
    public void FrameHeads_AreTheHeadsThatAreNeitherMoneyColumnsNorGroupHeads()
    {
        Assert.Equal(
            new HashSet<string> { "项目", "预算数", "类", "款", "项", "功能分类科目编码", "功能分类科目名称", "经济分类科目编码", "部门经济分类科目名称" },
            DisclosureForm.FrameHeads);
    }

    [Fact]
    public void FormTypes_ListTheDisclosureBesideTheDeclarationForms()
    {
        Assert.Contains(new FormType(DisclosureForm.Id, "单位预算公开"), FormTypes.All);
        Assert.All(FormDefinitions.All, d => Assert.Contains(FormTypes.All, t => t.Id == d.Id && t.Title == d.Title));
    }
}

using Jixiao.Documents.Layout;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 财政项目支出绩效目标申报表, 2020 municipal template (forms.md §5): title, `(2020)年度`, `申报单位名称：…`; a four-column
/// label/value header with the text fields across the row, 上年 figures, the 项目资金投入构成 sub-project table, then
/// `{年度}年绩效目标` with 一级目标/二级目标/三级目标/指标目标值 (title and column header repeated on every page).
/// </summary>
public static class MunicipalDeclarationLayout
{
    private static readonly IReadOnlyList<decimal> Widths = [26m, 34m, 30m, 30m];

    public static IReadOnlyList<FormBlock> Blocks(Project p)
    {
        var form = DeclarationForms.Municipal2020;
        var blocks = new List<FormBlock> { new HeadingBlock(form.Title, 1) };
        if (p.Year is int year) blocks.Add(new HeadingBlock($"({year})年度", 2));
        foreach (var f in form.InBlock(FormBlocks.Title))
            if (f.Text(p) is { } text && !string.IsNullOrWhiteSpace(text)) blocks.Add(new ParagraphBlock($"{f.Label}{text}", ParagraphAlign.Right));

        var rows = new List<IReadOnlyList<TableCell>>(FieldGrid.Pairs(form, FormBlocks.Header, p))
        {
            new[] { TableCell.Label(form.Block(FormBlocks.Funds)?.Label ?? "", colSpan: 4) },
        };
        rows.AddRange(FieldGrid.Pairs(form, FormBlocks.Funds, p));
        rows.Add([TableCell.Label("项目资金投入构成", colSpan: 4)]);
        rows.Add([TableCell.Label("子项目名称", colSpan: 2), TableCell.Label("预算金额（元）", colSpan: 2)]);
        foreach (var sub in p.SubProjects)
            rows.Add([TableCell.Value(sub.Name, colSpan: 2), TableCell.Money(sub.AmountYuan, colSpan: 2)]);
        blocks.Add(new FormTable(Widths, rows));

        var grid = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label(p.Year is int y ? $"{y}年绩效目标" : "绩效目标", colSpan: 4) },
            FieldGrid.ColumnHeader(form),
        };
        grid.AddRange(IndicatorGrid.Rows(p.Indicators, i => [TableCell.Value(i.Target.OriginalText)], null));
        blocks.Add(new FormTable(Widths, grid, RepeatHeaderRows: 2));
        return blocks;
    }
}

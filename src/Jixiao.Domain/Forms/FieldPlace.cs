namespace Jixiao.Domain.Forms;

/// <summary>
/// Where a field sits on the printed form: its block (<see cref="FormBlocks"/>), the row within the block (from 1), its
/// order within the row (from 1, left to right) and how many grid columns its value spans.
/// </summary>
public sealed record FieldPlace(string Block, int Row, int Order, int Span = 1);

/// <summary>The blocks of a declaration's header grid, top to bottom.</summary>
public static class FormBlocks
{
    /// <summary>Above the grid (the 2020 municipal `申报单位名称：…` line).</summary>
    public const string Title = "title";

    /// <summary>Label/value pairs of the header grid.</summary>
    public const string Header = "header";

    /// <summary>项目资金（元） / 本项目上年度市级财政资金使用情况: the money rows.</summary>
    public const string Funds = "funds";

    /// <summary>项目绩效目标: the goal texts, labels above their values.</summary>
    public const string Goals = "goals";
}

/// <summary>A block as printed: its id (<see cref="FormBlocks"/>) and its label (null when it prints none).</summary>
public sealed record FormBlockDefinition(string Id, string? Label);

/// <summary>
/// One column header of the indicator grid as printed, with the grid columns it spans and, where a reader needs to know
/// what the column holds, its stable key (<see cref="IndicatorColumnKeys"/>, the 运行监控表's `forecastText`).
/// </summary>
public sealed record IndicatorColumn(string Label, int Span = 1, string? Key = null)
{
    /// <summary>Other headers printed for the same column (a template file's `synonyms`).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}

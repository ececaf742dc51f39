using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Forms;

/// <summary>
/// One form type as printed: its fields (in reading order: left to right, top to bottom, the 项目资金 half before the
/// 年度资金申请 half), the blocks they sit in, and the columns of its indicator grid.
/// </summary>
public sealed record FormDefinition
{
    /// <summary>The indicator-tree template id (<see cref="Templates.TemplateCatalog"/>), e.g. `SH-DIST-2024`.</summary>
    public required string Id { get; init; }

    public required FormKind Form { get; init; }

    /// <summary>The title as printed (财政项目支出绩效目标申报表).</summary>
    public required string Title { get; init; }

    /// <summary>The blocks of the header grid, top to bottom, with their printed labels.</summary>
    public required IReadOnlyList<FormBlockDefinition> Blocks { get; init; }

    public required IReadOnlyList<FieldDefinition> Fields { get; init; }

    /// <summary>The indicator grid's column headers as printed (一级指标/二级指标/三级指标/指标值…).</summary>
    public required IReadOnlyList<IndicatorColumn> IndicatorColumns { get; init; }

    /// <summary>The money block when it is printed as a grid (the 自评表); null where money rows are label/value fields.</summary>
    public MoneyGrid? MoneyGrid { get; init; }

    /// <summary>The 项目经费情况说明 printed with the form, or null when the form holds its narrative as header fields.</summary>
    public NarrativeDefinition? Narrative { get; init; }

    /// <summary>
    /// Grid columns of the header when its table is not as wide as the indicator grid (the 运行监控表 prints two tables);
    /// null: the header shares the indicator grid's columns.
    /// </summary>
    public int? HeaderColumns { get; init; }

    /// <summary>The indicator column with <paramref name="key"/>, or null.</summary>
    public IndicatorColumn? Column(string key) => IndicatorColumns.FirstOrDefault(c => c.Key == key);

    /// <summary>The money rows (项目资金 block), in reading order.</summary>
    public IEnumerable<FieldDefinition> MoneyRows => InBlock(FormBlocks.Funds);

    public FieldDefinition? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);

    public FormBlockDefinition? Block(string id) => Blocks.FirstOrDefault(b => b.Id == id);

    public IEnumerable<FieldDefinition> InBlock(string block) => Fields.Where(f => f.Place.Block == block);

    /// <summary>The rows of a block in printed order, each with its fields left to right.</summary>
    public IReadOnlyList<IReadOnlyList<FieldDefinition>> Rows(string block) =>
        InBlock(block).GroupBy(f => f.Place.Row).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<FieldDefinition>)g.OrderBy(f => f.Place.Order).ToList()).ToList();

    /// <summary>Every field's original text on <paramref name="project"/>, keyed by <see cref="FieldDefinition.Key"/> (blank fields left out).</summary>
    public IReadOnlyDictionary<string, string> Texts(Project project)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Fields)
            if (f.Text(project) is { } t) texts[f.Key] = t;
        return texts;
    }

    /// <summary><paramref name="project"/> with every field of this form set from <paramref name="texts"/> (missing keys clear the field).</summary>
    public Project WriteAll(Project project, IReadOnlyDictionary<string, string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var f in Fields)
            project = f.Write(project, texts.GetValueOrDefault(f.Key));
        return project;
    }

    /// <summary><paramref name="project"/> with every field that has a <see cref="FieldDefault"/> filled from <paramref name="context"/>.</summary>
    public Project WithDefaults(Project project, NewFormContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var f in Fields.Where(f => f.Default != FieldDefault.None))
            project = f.Write(project, context.Text(f.Default));
        return project;
    }
}

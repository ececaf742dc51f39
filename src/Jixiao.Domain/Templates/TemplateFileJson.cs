namespace Jixiao.Domain.Templates;

// The shape of a template file (docs/templates.md). Every member is nullable: the parser, not the deserializer,
// decides what is missing, so each refusal names its JSON path in Chinese. Unknown members are refused (a typo).
#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed class TemplateFileJson
{
    public int? Format { get; set; }
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Jurisdiction { get; set; }
    public string? Kind { get; set; }
    public string? Basis { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public string? MoneyUnit { get; set; }
    public List<BlockJson?>? Blocks { get; set; }
    public List<FieldJson?>? Fields { get; set; }
    public MoneyGridJson? MoneyGrid { get; set; }
    public List<ColumnJson?>? IndicatorColumns { get; set; }
    public FrameworkJson? Framework { get; set; }
    public ScoringJson? Scoring { get; set; }
    public List<TableJson?>? Tables { get; set; }
}

internal sealed class BlockJson
{
    public string? Id { get; set; }
    public string? Label { get; set; }
}

internal sealed class FieldJson
{
    public string? Key { get; set; }
    public string? Label { get; set; }
    public List<string?>? Synonyms { get; set; }
    public string? Kind { get; set; }
    public bool? Required { get; set; }
    public List<string?>? Choices { get; set; }
    public PlaceJson? Place { get; set; }
}

internal sealed class PlaceJson
{
    public string? Block { get; set; }
    public int? Row { get; set; }
    public int? Order { get; set; }
    public int? Span { get; set; }
}

internal sealed class MoneyGridJson
{
    public string? Label { get; set; }
    public string? RateBudget { get; set; }
    public List<MoneyCellJson?>? Rows { get; set; }
    public List<MoneyCellJson?>? Columns { get; set; }
}

internal sealed class MoneyCellJson
{
    public string? Key { get; set; }
    public string? Label { get; set; }
    public string? Role { get; set; }
    public List<string?>? Synonyms { get; set; }
}

internal sealed class ColumnJson
{
    public string? Key { get; set; }
    public string? Label { get; set; }
    public int? Span { get; set; }
    public List<string?>? Synonyms { get; set; }
}

internal sealed class FrameworkJson
{
    public int? Levels { get; set; }
    public string? Above { get; set; }
    public List<Level1Json?>? Level1 { get; set; }
}

internal sealed class Level1Json
{
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? Missing { get; set; }
    public List<Level2Json?>? Level2 { get; set; }
}

internal sealed class Level2Json
{
    public string? Name { get; set; }
    public string? Code { get; set; }
}

internal sealed class ScoringJson
{
    public string? Base { get; set; }
    public int? Version { get; set; }
    public string? DisplayName { get; set; }
    public decimal? ExecutionWeight { get; set; }
    public List<PoolJson?>? Pools { get; set; }
    public bool? CapExecutionScore { get; set; }
    public bool? CapTotalByExecutionRate { get; set; }
    public string? ReverseFormula { get; set; }
    public string? OverAchievement { get; set; }
}

internal sealed class PoolJson
{
    public string? Name { get; set; }
    public List<string?>? Level1 { get; set; }
    public decimal? Weight { get; set; }
}

internal sealed class TableJson
{
    public string? Key { get; set; }
    public string? Label { get; set; }
    public List<string?>? Columns { get; set; }
}
#pragma warning restore CA1812

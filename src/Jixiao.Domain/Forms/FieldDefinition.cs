using Jixiao.Domain.Projects;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Forms;

/// <summary>
/// One field of a form, defined once: the editor, the view, the comparison, the importer, the exports, open data and the
/// CLI contract all read it. Rules about the value stay code (Jixiao.Domain.Review).
/// </summary>
public sealed record FieldDefinition
{
    /// <summary>Stable camelCase id used in JSON, open data, the CLI contract and the audit trail. Never renamed.</summary>
    public required string Key { get; init; }

    /// <summary>The label exactly as printed on the official form (`其中：财政资金`, `项目名称*：`).</summary>
    public required string Label { get; init; }

    /// <summary>Labels other forms or provinces print for the same field (the importer recognises them too).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    public required FieldKind Kind { get; init; }

    /// <summary>Required on this form (forms.md "req" column R; CMP-01).</summary>
    public bool Required { get; init; }

    /// <summary>
    /// The allowed values of a <see cref="FieldKind.Choice"/> (是/否 for <see cref="FieldKind.YesNo"/>). On a
    /// <see cref="FieldKind.Text"/> field, the values offered (项目性质, 项目类别: the editor shows a list): any other text
    /// (an imported value, another province's class) is still kept as written and shown, never dropped.
    /// </summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>
    /// A short 填写说明 for the field where people get stuck (what goes here, an example), shown beside its input; null for
    /// a field whose label says enough.
    /// </summary>
    public string? Help { get; init; }

    public required FieldPlace Place { get; init; }

    /// <summary>
    /// The key of the approved declaration's field this one shows (the 运行监控表's 主管部门): printed from that form, never
    /// entered or stored here. Null for a field of the form itself.
    /// </summary>
    public string? CopiedFrom { get; init; }

    /// <summary>
    /// The key of the approved declaration's field whose value a new form of this kind starts with in this entered field
    /// (the 运行监控表's 全年预算数 ← 年度资金申请总额, <see cref="FormDefinitions.DeclaredValue"/>); null when it starts blank.
    /// </summary>
    public string? StartsFrom { get; init; }

    /// <summary>Worked out by a rule (执行率, a light) and printed, never entered or stored.</summary>
    public bool Computed { get; init; }

    /// <summary>The typed property behind the field; <see cref="FieldBinding.Stored"/> when there is none.</summary>
    public FieldBinding Binding { get; init; } = FieldBinding.Stored;

    private readonly TextKind? textKind;

    /// <summary>How long the text may be (<see cref="TextLimits"/>): narratives as narratives, other fields one line unless set (names).</summary>
    public TextKind TextKind
    {
        get => textKind ?? (Kind == FieldKind.Narrative ? TextKind.Narrative : TextKind.Short);
        init => textKind = value;
    }

    /// <summary>What a new form starts with in this field (<see cref="FormDefinition.WithDefaults"/>).</summary>
    public FieldDefault Default { get; init; }

    /// <summary>The named property open data (schema v1) publishes the value under, beside `fields`; null when only in `fields`.</summary>
    public PublishedName? OpenData { get; init; }

    /// <summary>The named property of the `jixiao import --json` contract, beside `fields`; null when only in `fields`.</summary>
    public PublishedName? CliJson { get; init; }

    private readonly string? name;

    /// <summary>The field's name in messages and comparisons (`财政资金` for `其中：财政资金`); derived from the label unless set.</summary>
    public string Name
    {
        get => name ?? FieldText.PlainLabel(Label);
        init => name = value;
    }

    /// <summary>The original text and its parsed value on <paramref name="project"/>.</summary>
    public FieldValue Read(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Binding.Read(project, Key, Kind);
    }

    /// <summary>The original text (null when blank).</summary>
    public string? Text(Project project) => Read(project).Text;

    /// <summary>
    /// <paramref name="project"/> with this field set from <paramref name="text"/>, kept as given; the typed property (if
    /// any) gets the parsed value (null when the text does not parse). Blank text clears the field. Never throws.
    /// </summary>
    public Project Write(Project project, string? text)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Binding.Write(project, Key, string.IsNullOrWhiteSpace(text) ? null : text);
    }

    /// <summary>
    /// <paramref name="project"/> with this field set to <paramref name="value"/> as the caller read it (an importer's own
    /// cell reading): the text kept as original, the typed property given the value, not a second reading of the text.
    /// </summary>
    public Project Write(Project project, FieldValue value)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Binding.WriteValue(project, Key, value with { Text = string.IsNullOrWhiteSpace(value.Text) ? null : value.Text });
    }

    /// <summary>
    /// <paramref name="project"/> keeping <paramref name="text"/> as this field's original text where the caller already set
    /// the typed value by its own reading (an importer's cell clean-up): a field without a typed property is written,
    /// money, dates and 是/否 keep the text beside their value, a text property stays as set.
    /// </summary>
    public Project KeepOriginal(Project project, string? text)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Binding.Keep(project, Key, string.IsNullOrWhiteSpace(text) ? null : text);
    }
}

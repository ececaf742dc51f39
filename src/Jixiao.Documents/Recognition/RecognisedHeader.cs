using Jixiao.Documents.Cells;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// One label/value pair of a header: the definition field it fills (null for a label no definition knows, kept by its
/// printed <see cref="Label"/>), the value as printed (null when the form left it empty), the money unit the form states
/// for it (10000 for 万元), the cell of the label, and — when OCR damaged the label — its damaged print
/// (<see cref="Label"/> is then the vocabulary's word it was read as).
/// </summary>
public sealed record RecognisedField(FieldDefinition? Field, string Label, string? Value, decimal? Unit, Cell At, string? DamagedPrint = null);

/// <summary>
/// A form's header as recognised: the definition it fits best, the fields found (first value of each field), the labels
/// no definition knows, the year and title printed above it, and the first and last rows it spans.
/// </summary>
public sealed record RecognisedHeader(
    FormDefinition Form,
    IReadOnlyList<RecognisedField> Fields,
    IReadOnlyList<RecognisedField> Extra,
    int? Year,
    string? Title,
    int FirstRow,
    int LastRow)
{
    /// <summary>The compact keys of every vocabulary label printed (<see cref="HeaderVocabulary.Key"/>): the header's evidence for a template.</summary>
    public IReadOnlyList<string> LabelKeys { get; init; } = [];

    /// <summary>The value printed for the field <paramref name="key"/>, or null.</summary>
    public string? Value(string key) => Fields.FirstOrDefault(f => f.Field?.Key == key)?.Value;
}

namespace Jixiao.Domain.Forms;

/// <summary>
/// A field's value on one project: the original text and, by the field's kind, what it parses to (null when blank or
/// unreadable). <see cref="Text"/> is what was typed or printed, never a reformatting of the parsed value.
/// </summary>
public readonly record struct FieldValue(FieldKind Kind, string? Text, decimal? Money, DateOnly? Date, bool? YesNo)
{
    public static FieldValue Of(FieldKind kind, string? text)
    {
        var t = string.IsNullOrWhiteSpace(text) ? null : text;
        return kind switch
        {
            FieldKind.Money => new(kind, t, FieldText.Money(t), null, null),
            FieldKind.Date => new(kind, t, null, FieldText.Date(t), null),
            FieldKind.YesNo => new(kind, t, null, null, FieldText.YesNo(t)),
            _ => new(kind, t, null, null, null),
        };
    }

    /// <summary>Filled in the sense of the required-field rule (CMP-01): money, dates and 是/否 must parse; text must not be blank.</summary>
    public bool IsPresent => Kind switch
    {
        FieldKind.Money => Money is not null,
        FieldKind.Date => Date is not null,
        FieldKind.YesNo => YesNo is not null,
        _ => Text is not null,
    };

    /// <summary>
    /// The value as the forms print it: money `#,##0.00`, dates `yyyy-MM-dd`, 是/否, text as is; null when blank.
    /// Comparisons use this, so `1392000` and `1,392,000.00` are the same amount.
    /// </summary>
    public string? Display => Kind switch
    {
        FieldKind.Money => Money is { } m ? FieldText.FormatMoney(m) : Text,
        FieldKind.Date => Date is { } d ? FieldText.FormatDate(d) : Text,
        FieldKind.YesNo => YesNo is { } y ? FieldText.FormatYesNo(y) : Text,
        _ => Text,
    };
}

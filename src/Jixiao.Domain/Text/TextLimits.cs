using System.Globalization;

namespace Jixiao.Domain.Text;

/// <summary>What kind of text a field holds, which decides how long it may be (<see cref="TextLimits"/>).</summary>
public enum TextKind
{
    /// <summary>A name: project, indicator, sub-project, unit, department.</summary>
    Name,
    /// <summary>A one-line value: nature, category, indicator level, target or actual value, contact, reason.</summary>
    Short,
    /// <summary>Free text: goals and the narrative sections of a declaration.</summary>
    Narrative,
}

/// <summary>
/// How many characters a field may hold, per <see cref="TextKind"/>. The limits are far above every real form (the
/// seed documents' longest values: names 27, one-line values 31, narratives 1,905 characters) and low enough that
/// one field cannot carry a document's worth of text into every list, export and audit row.
/// </summary>
public static class TextLimits
{
    /// <summary>Names: the width of the store's name columns (project, organisation: 200).</summary>
    public const int Name = 200;

    /// <summary>One-line values: a long sentence with room to spare.</summary>
    public const int Short = 500;

    /// <summary>Goals and narrative sections: about ten printed A4 pages of Chinese text.</summary>
    public const int Narrative = 20_000;

    public static int Of(TextKind kind) => kind switch
    {
        TextKind.Name => Name,
        TextKind.Short => Short,
        _ => Narrative,
    };

    /// <summary>The Chinese refusal naming <paramref name="field"/> when <paramref name="text"/> is too long, else null.</summary>
    public static string? Check(string? text, TextKind kind, string field)
    {
        var limit = Of(kind);
        return text is not null && text.Length > limit
            ? string.Create(CultureInfo.InvariantCulture, $"“{field}”最多 {limit:N0} 个字符，现有 {text.Length:N0} 个。")
            : null;
    }
}

namespace Jixiao.Domain.Disclosure;

/// <summary>Depth of a classification code: 类 (3 digits), 款 (5), 项 (7).</summary>
public enum CodeLevel
{
    Class = 1,
    Section = 2,
    Item = 3,
}

/// <summary>
/// A 科目编码 of the 功能分类 (类 3 – 款 2 – 项 2 digits) or the 部门经济分类 (类 3 – 款 2 digits), kept as the
/// concatenated digit string (`2080505`, `30110`). Invariant: 3, 5 or 7 ASCII digits.
/// </summary>
public readonly record struct SubjectCode
{
    private SubjectCode(string value) => Value = value;

    public string Value { get; }

    public CodeLevel Level => Value.Length switch
    {
        3 => CodeLevel.Class,
        5 => CodeLevel.Section,
        _ => CodeLevel.Item,
    };

    /// <summary>The 类 part (first 3 digits).</summary>
    public string ClassDigits => Value[..3];

    /// <summary>The enclosing code one level up, or null for a 类.</summary>
    public SubjectCode? Parent => Value.Length == 3 ? null : new SubjectCode(Value[..^2]);

    public static bool TryParse(string? text, out SubjectCode code)
    {
        code = default;
        if (text is null || text.Length is not (3 or 5 or 7) || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        code = new SubjectCode(text);
        return true;
    }

    /// <summary>Builds a code from the three printed cells 类 · 款 · 项 (款/项 blank or null for a higher level).</summary>
    public static bool TryFromParts(string? classPart, string? sectionPart, string? itemPart, out SubjectCode code)
    {
        code = default;
        var c = classPart?.Trim() ?? string.Empty;
        var s = sectionPart?.Trim() ?? string.Empty;
        var i = itemPart?.Trim() ?? string.Empty;
        if (c.Length != 3 || (s.Length != 0 && s.Length != 2) || (i.Length != 0 && i.Length != 2) ||
            (s.Length == 0 && i.Length != 0))
        {
            return false;
        }

        return TryParse(c + s + i, out code);
    }

    /// <summary>True when <paramref name="other"/> lies directly one level below this code.</summary>
    public bool IsParentOf(SubjectCode other) => other.Parent is { } p && p.Value == Value;

    public override string ToString() => Value ?? string.Empty;
}

using System.Text;

namespace Jixiao.Web.Services;

/// <summary>
/// What makes two indicator rows "the same indicator" across stages, projects and years: the name without
/// whitespace (NFKC, so full-width and half-width punctuation agree) under the same level-1/level-2 categories.
/// The 指标库 entry (<c>IndicatorDefinition</c>) is unique on exactly these three values.
/// </summary>
public sealed record IndicatorIdentity(string NormalizedName, string Level1, string Level2)
{
    // Column lengths of IndicatorDefinition (EntityConfigurations).
    public const int NameLength = 200, LevelLength = 40, UnitLength = 40;

    public static IndicatorIdentity Of(string name, string level1, string level2) =>
        new(Clip(Normalize(name), NameLength), Clip(level1.Trim(), LevelLength), Clip(level2.Trim(), LevelLength));

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        return builder.ToString();
    }

    public static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}

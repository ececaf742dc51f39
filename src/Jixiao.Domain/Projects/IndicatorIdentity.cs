using System.Text;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Projects;

/// <summary>
/// "The same indicator", once, for the 指标库 (one entry per identity across stages and years), the duplicate rules
/// (DUP-01/02/03 compare <see cref="NameKey"/>: a name repeated in one project or unit-year, whatever its category)
/// and SE-17 (evaluated rows matched to the approved ones). Two rows are the same indicator when their names agree
/// after the normalisation of target-grammar.md §2 — full-width forms folded (NFKC), whitespace removed — and their
/// level-1 and level-2 categories agree as template labels do (forms.md §8: whitespace removed, `X指标` ≡ `X`).
/// </summary>
/// <param name="Name">The name key (<see cref="NameKey"/>).</param>
/// <param name="Level1">The level-1 label key (<see cref="LevelKey"/>).</param>
/// <param name="Level2">The level-2 label key (<see cref="LevelKey"/>).</param>
public sealed record IndicatorIdentity(string Name, string Level1, string Level2)
{
    public static IndicatorIdentity Of(string? name, string? level1, string? level2) =>
        new(NameKey(name), LevelKey(level1), LevelKey(level2));

    public static IndicatorIdentity Of(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Of(indicator.Name, indicator.Level1, indicator.Level2);
    }

    /// <summary>
    /// A name as compared: NFKC (`（%）` ≡ `(%)`, `Ｗｅｂ` ≡ `Web`), then every whitespace character removed (`用户 满意度`
    /// ≡ `用户满意度`; U+3000 too). Case is kept, as §2 keeps it. Idempotent. Throws <see cref="ArgumentException"/>
    /// only for text Unicode cannot normalise (an unpaired surrogate, U+FFFE).
    /// </summary>
    public static string NameKey(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        return builder.ToString();
    }

    /// <summary>A category label as compared: <see cref="IndicatorTemplate.LabelKey"/> (`产出 指标` ≡ `产出`).</summary>
    public static string LevelKey(string? label) => IndicatorTemplate.LabelKey(label);
}

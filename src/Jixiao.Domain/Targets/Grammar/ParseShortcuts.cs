using System.Collections.Frozen;

namespace Jixiao.Domain.Targets.Grammar;

/// <summary>
/// When the parser may skip the general dispatch, and the closed vocabulary read once. Both shortcuts assume no typo
/// map other than the seeded one: a custom map could rewrite any text, so it always takes the general path.
/// </summary>
internal static class ParseShortcuts
{
    public static bool Apply(TargetParseOptions options) =>
        ReferenceEquals(options.Typos, TargetParseOptions.DefaultTypos) || options.Typos.Count == 0;

    /// <summary>
    /// The words of the closed vocabulary (standard, ordinal, relative, 是/否, empty), parsed once by the general path:
    /// a value is immutable, so a text met verbatim shares it (OriginalText is the same string content).
    /// </summary>
    public static bool TryKnownWord(string text, bool actual, out TargetValue value) =>
        (actual ? KnownActuals : KnownTargets).Value.TryGetValue(text, out value!);

    private static readonly Lazy<FrozenDictionary<string, TargetValue>> KnownTargets = new(() => Known(actual: false));
    private static readonly Lazy<FrozenDictionary<string, TargetValue>> KnownActuals = new(() => Known(actual: true));

    private static FrozenDictionary<string, TargetValue> Known(bool actual) =>
        QualitativeVocabulary.StandardWords
            .Concat(QualitativeVocabulary.StandardWords.Select(word => word + QualitativeVocabulary.OrdinalSuffix))
            .Concat(QualitativeVocabulary.RelativeWords)
            .Concat(QualitativeVocabulary.RelativeWords.Select(word => "有所" + word))
            .Concat(["是", "否", ""])
            .Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(word => word, word => TargetParser.General(word, TargetParseOptions.Default, actual), StringComparer.Ordinal);
}

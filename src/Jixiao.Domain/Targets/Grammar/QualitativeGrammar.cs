namespace Jixiao.Domain.Targets.Grammar;

// qualitative := ordinal | relative | word ('、' word)*     (every word standard, QualitativeVocabulary)
// ordinal     := word '及以上'                               合格及以上
// relative    := ['有所'] relativeWord                       提升, 减少 → Reference PriorYear
// Anything else is Qualitative [whole text] with note Unrecognised (lint decides).
internal static class QualitativeGrammar
{
    public static TargetValue Parse(string text, TargetValue seed, List<ParseNote> notes)
    {
        var qualitative = seed with { Kind = TargetKind.Qualitative, Words = [text] };
        if (QualitativeVocabulary.IsOrdinal(text))
        {
            return qualitative with { Ordinal = true };
        }

        if (QualitativeVocabulary.IsRelative(text))
        {
            return qualitative with { Reference = RefKind.PriorYear };
        }

        var words = text.Split('、');
        if (words.All(QualitativeVocabulary.IsStandard))
        {
            return qualitative with { Words = words };
        }

        notes.AddOnce(ParseNote.Unrecognised);
        return qualitative;
    }
}

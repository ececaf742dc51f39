namespace Jixiao.Domain.Targets.Grammar;

// conditional := [condition ('时，'|'时,')] body
// body        := subject comparator comparand       当年等保测评分≥上一期分数   → Subject, Op, ReferenceText = comparand
//              | comparator comparand               小于预算申请数, 不超过系统正常运维成本 → ReferenceText = whole body
//              | phrase                             控制于预算内 (≤), 比上一年度有所提升 (>), 比上一年度有所减少 (<),
//                                                   较上年提高 (>)
// The comparand must name a reference (预算, 上一年度, 上一期, 运维成本 …) unless a condition clause leads; otherwise
// the text is left to the quantitative grammar (`预算执行率≥90%` is a quantity with a subject).
// Canonical: [condition '时，'] (Subject symbol comparand | ReferenceText): a written subject gets the comparator as a
// symbol, a body without one is kept as written.
internal static class ConditionalGrammar
{
    private static readonly (string Word, RefKind Kind)[] References =
    [
        ("运维成本", RefKind.OperatingCost), ("运行成本", RefKind.OperatingCost), ("运营成本", RefKind.OperatingCost),
        ("上一期", RefKind.PriorPeriod), ("上期", RefKind.PriorPeriod),
        ("上一年", RefKind.PriorYear), ("上年", RefKind.PriorYear), ("去年", RefKind.PriorYear), ("往年", RefKind.PriorYear),
        ("预算", RefKind.Budget),
    ];

    private static readonly IReadOnlyList<string> Increases = QualitativeVocabulary.IncreaseWords;
    private static readonly IReadOnlyList<string> Decreases = QualitativeVocabulary.DecreaseWords;

    public static TargetValue? TryParse(string text, TargetValue seed)
    {
        string? condition = null;
        var body = text;
        var clauseEnd = ClauseEnd(text);
        if (clauseEnd > 0)
        {
            condition = text[..clauseEnd];
            body = text[(clauseEnd + 2)..];
        }

        if (body.Length == 0)
        {
            return null;
        }

        var at = Comparators.FindFirst(body, out var length, out var op);
        if (at >= 0)
        {
            // Trimmed: the canonical form writes the comparator as a symbol, and spaces next to a symbol go.
            var comparand = body[(at + length)..].Trim();
            var reference = ReferenceIn(comparand);
            // Without a leading clause a numeric comparand is a quantity, whatever its unit or subject mentions.
            // Two comparators in a row (`小于=…`) are not a comparison this grammar can state canonically.
            if (comparand.Length == 0 || Comparators.MatchAt(comparand, out _) > 0
                || (condition is null && (reference is null || char.IsAsciiDigit(comparand[0]))))
            {
                return null;
            }

            var subject = body[..at].Trim() is { Length: > 0 } written ? written : null;
            var spec = new ConditionalSpec(condition, reference ?? RefKind.Other, subject is null ? body : comparand);
            return seed with { Kind = TargetKind.Conditional, Op = op, Subject = subject, Cond = spec };
        }

        if (ReferenceIn(body) is not { } kind || PhraseOperator(body) is not { } phraseOp)
        {
            return null;
        }

        return seed with { Kind = TargetKind.Conditional, Op = phraseOp, Cond = new ConditionalSpec(condition, kind, body) };
    }

    // Earliest `时，` or `时,`; the condition must be non-empty.
    private static int ClauseEnd(string text)
    {
        var full = text.IndexOf("时，", StringComparison.Ordinal);
        var ascii = text.IndexOf("时,", StringComparison.Ordinal);
        return full < 0 ? ascii : ascii < 0 ? full : Math.Min(full, ascii);
    }

    private static RefKind? ReferenceIn(string text)
    {
        foreach (var (word, kind) in References)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    private static Comparator? PhraseOperator(string body)
    {
        // `比…`/`较…` (compared with) or `有所` mark a relative phrase; `控制于…内` a containment.
        var relative = body.Contains("有所", StringComparison.Ordinal) || body.StartsWith('比') || body.StartsWith('较');
        if (relative && Increases.Any(w => body.EndsWith(w, StringComparison.Ordinal)))
        {
            return Comparator.Gt;
        }

        if (relative && Decreases.Any(w => body.EndsWith(w, StringComparison.Ordinal)))
        {
            return Comparator.Lt;
        }

        return body.EndsWith('内') ? Comparator.Le : null;
    }
}

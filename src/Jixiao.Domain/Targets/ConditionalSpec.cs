namespace Jixiao.Domain.Targets;

/// <summary>
/// A target relative to a reference: `控制于预算内`, `比上一年度有所提升`, `…时，当年等保测评分≥上一期分数`.
/// <see cref="Condition"/> is the leading clause without `时，`. When the value names a Subject, ReferenceText is the
/// comparand (`上一期分数`); otherwise it is the whole comparison as written after normalisation (`控制于预算内`,
/// `小于预算申请数`), so the canonical form keeps the wording (target-grammar.md §5).
/// </summary>
public sealed record ConditionalSpec(string? Condition, RefKind Reference, string ReferenceText);

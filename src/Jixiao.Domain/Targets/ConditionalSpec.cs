namespace Jixiao.Domain.Targets;

/// <summary>A target relative to a reference: `控制于预算内`, `比上一年度有所提升`, `…时，当年等保测评分≥上一期分数`.</summary>
public sealed record ConditionalSpec(string? Condition, RefKind Reference, string ReferenceText);

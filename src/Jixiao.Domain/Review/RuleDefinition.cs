namespace Jixiao.Domain.Review;

/// <summary>A message in both UI languages; placeholders are `{key}` with English keys in both texts.</summary>
public sealed record RuleMessage(string Zh, string En);

/// <summary>
/// One catalogued rule: stable id, default severity, scope and message. <see cref="Variants"/> holds alternative
/// messages of the same rule (e.g. `OP-06` zero targets), each with its own default severity.
/// </summary>
public sealed record RuleDefinition(string Id, Severity DefaultSeverity, RuleScope Scope, RuleMessage Message)
{
    public IReadOnlyDictionary<string, (Severity Severity, RuleMessage Message)> Variants { get; init; } =
        new Dictionary<string, (Severity, RuleMessage)>();

    public string Family => Id[..Id.IndexOf('-')];
}

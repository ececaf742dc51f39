using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Domain.Review;

/// <summary>
/// A finding's identity across saves: its rule, its subject (indicator or field) and the facts it states (variant,
/// placeholder values, evidence), never its row number, severity or wording. A reviewer's dismissal is kept under it, so
/// the dismissal holds while the facts hold and lapses the moment they change (the unit edits the figure, the row's
/// name, …). 32 hex characters (128 bits of SHA-256): collisions within one form are out of reach.
/// </summary>
public readonly record struct FindingFingerprint
{
    public const int Length = 32;

    public string Value { get; }

    private FindingFingerprint(string value) => Value = value;

    public static FindingFingerprint Of(Finding finding)
    {
        var text = new StringBuilder(128)
            .Append(finding.RuleId).Append('\u001f')
            .Append(Normal(finding.Indicator)).Append('\u001f')
            .Append(Normal(finding.Field)).Append('\u001f')
            // Findings built outside the linter carry no facts of their own: their message is all they state.
            .Append(Normal(finding.Facts ?? finding.Message)).Append('\u001f')
            .Append(Normal(finding.Evidence));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return new FindingFingerprint(Convert.ToHexStringLower(hash.AsSpan(0, Length / 2)));
    }

    /// <summary>A stored or submitted value, if it has the fingerprint's shape (null: it cannot be one).</summary>
    public static FindingFingerprint? Parse(string? value) =>
        value is { Length: Length } && value.All(char.IsAsciiHexDigitLower) ? new FindingFingerprint(value) : null;

    /// <summary>
    /// The facts of a linter finding: variant and placeholder values by key, in key order (the message template's
    /// wording and the order its placeholders appear in do not matter).
    /// </summary>
    public static string? FactsOf(string? variant, IEnumerable<(string Key, string Value)>? values)
    {
        var pairs = (values ?? []).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}");
        return string.Join('\u001e', pairs.Prepend(variant ?? ""));
    }

    // Spaces a PDF or a re-typed row may add or drop are not a different fact.
    private static string Normal(string? text) =>
        text is null ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000'));

    public override string ToString() => Value;
}

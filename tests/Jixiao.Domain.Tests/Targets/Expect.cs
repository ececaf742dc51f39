using System.Globalization;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>Builds expected models from table columns and checks notes as sets.</summary>
internal static class Expect
{
    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static TargetValue Quantity(TargetKind kind, Comparator op, string value, string? unit, string? scope = null,
        string? subject = null) => new()
        {
            Kind = kind,
            Op = op,
            Value = Number(value),
            Unit = unit is null ? null : Units.Parse(unit),
            Scope = scope,
            Subject = subject,
            OriginalText = "",
            Canonical = "",
        };

    /// <summary>Asserts the notes equal the comma-separated list (order-insensitive; "" = none).</summary>
    public static void Notes(string expected, TargetValue actual)
    {
        var want = expected.Length == 0 ? [] : expected.Split(',').Select(Enum.Parse<ParseNote>).Order().ToArray();
        Assert.Equal(want, actual.Notes.Order().ToArray());
    }
}

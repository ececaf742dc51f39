using System.Globalization;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>The trail's fast number formats give exactly the text of the custom formats they replaced.</summary>
public class ScoreMathFormatTests
{
    private const string ExactFormat = "0.############################";

    public static TheoryData<string, decimal> EdgeValues => new()
    {
        { "zero", 0m }, { "zero with scale", 0.00m }, { "negative zero with scale", -0.00m }, { "integer", 100m },
        { "trailing zero", 1.10m }, { "28 places", 4.1666666666666666666666666667m }, { "smallest", 0.0000000000000000000000000001m },
        { "negative smallest", -0.0000000000000000000000000001m }, { "max", decimal.MaxValue }, { "min", decimal.MinValue },
        { "midpoint", 2.625m }, { "negative midpoint", -2.625m }, { "rounds to zero", 0.004999m }, { "negative rounds to zero", -0.001m },
        { "carry", 99.995m }, { "negative carry", -9.995m }, { "half cent", 0.005m },
    };

    [Theory]
    [MemberData(nameof(EdgeValues))]
    public void Exact_EdgeValue_SameAsCustomFormat(string reason, decimal value) =>
        Assert.True(value.ToString(ExactFormat, CultureInfo.InvariantCulture) == ScoreMath.Exact(value), reason);

    [Theory]
    [MemberData(nameof(EdgeValues))]
    public void F2_EdgeValue_SameAsCustomFormat(string reason, decimal value) =>
        Assert.True(value.ToString("0.00", CultureInfo.InvariantCulture) == ScoreMath.F2(value), reason);

    [Fact]
    public void ExactAndF2_RandomValuesOfEveryScaleAndSign_SameAsCustomFormats()
    {
        var rng = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(rng.Next(), rng.Next(), rng.Next(0, 3) == 0 ? rng.Next() : 0, rng.Next(2) == 0, (byte)rng.Next(0, 29));
            Assert.Equal(value.ToString(ExactFormat, CultureInfo.InvariantCulture), ScoreMath.Exact(value));
            Assert.Equal(value.ToString("0.00", CultureInfo.InvariantCulture), ScoreMath.F2(value));
        }
    }
}

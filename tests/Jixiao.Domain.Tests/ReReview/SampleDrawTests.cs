using Jixiao.Domain.ReReview;

namespace Jixiao.Domain.Tests.ReReview;

public class SampleDrawTests
{
    private static SampleCandidate[] Candidates(int n, Func<int, decimal>? amount = null) =>
        Enumerable.Range(1, n).Select(i => new SampleCandidate(new Guid($"00000000-0000-0000-0000-{i:000000000000}"), amount?.Invoke(i) ?? 100_000m)).ToArray();

    [Fact]
    public void Draw_SameSeed_SameSampleWhateverTheCandidatesOrder()
    {
        var c = Candidates(40, i => i * 10_000m);
        var first = SampleDraw.Draw(c, 20m, 20261207);
        var again = SampleDraw.Draw(c.Reverse().ToArray(), 20m, 20261207);
        Assert.Equal(first.Drawn, again.Drawn);
        Assert.Equal(8, first.Drawn.Count);
        Assert.Equal(first.Drawn.Count, first.Drawn.Distinct().Count());
    }

    [Fact]
    public void Draw_FixedSeed_GivesTheRecordedSample()
    {
        // Pinned: the method (SplitMix64 + Efraimidis–Spirakis) must draw the same sample on every machine and release,
        // or a recorded draw could no longer be checked. The expected ids were computed by an independent Python
        // implementation of the same method, not read back from this code.
        var drawn = SampleDraw.Draw(Candidates(10, i => i * 1_000m), 30m, 42).Drawn;
        Assert.Equal(["00000000-0000-0000-0000-000000000006", "00000000-0000-0000-0000-000000000008", "00000000-0000-0000-0000-000000000010"],
            drawn.Select(g => g.ToString()).ToArray());
    }

    [Fact]
    public void Draw_OtherSeed_OtherSample() =>
        Assert.NotEqual(SampleDraw.Draw(Candidates(40), 20m, 1).Drawn, SampleDraw.Draw(Candidates(40), 20m, 2).Drawn);

    [Theory]
    [InlineData(10, 10, 1)]
    [InlineData(10, 15, 2)]    // ⌈1.5⌉
    [InlineData(3, 0.01, 1)]   // at least one when anything is to be drawn
    [InlineData(7, 100, 7)]
    [InlineData(0, 50, 0)]
    public void SizeOf_RoundsUp(int count, decimal percent, int expected) => Assert.Equal(expected, SampleDraw.SizeOf(count, percent));

    [Fact]
    public void Draw_WeightedByAmount_LargeAmountsAreDrawnMoreOften()
    {
        // One 1,000,000 元 form among 19 of 10,000 元: drawn at 10 % in nearly every seed, a given small one rarely.
        var c = Candidates(20, i => i == 1 ? 1_000_000m : 10_000m);
        var big = 0;
        var small = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var drawn = SampleDraw.Draw(c, 10m, seed).Drawn;
            if (drawn.Contains(c[0].Id)) big++;
            if (drawn.Contains(c[1].Id)) small++;
        }
        Assert.True(big > 190, $"大额自评表 200 次中抽中 {big} 次");
        Assert.True(small < 40, $"小额自评表 200 次中抽中 {small} 次");
    }

    [Fact]
    public void Draw_ZeroAmount_CanStillBeDrawn()
    {
        var c = Candidates(2, i => 0m);
        Assert.Equal(2, SampleDraw.Draw(c, 100m, 7).Drawn.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.01)]
    [InlineData(12.345)]
    public void CheckPercent_OutOfRangeOrTooPrecise_IsRefused(decimal percent)
    {
        Assert.NotNull(SampleDraw.CheckPercent(percent));
        Assert.Throws<ArgumentException>(() => SampleDraw.Draw(Candidates(3), percent, 1));
    }

    [Fact]
    public void Describe_StatesPercentCountAndSeed() =>
        Assert.Equal("按资金额加权随机抽取 20%：40 份已确认自评表中抽中 8 份，随机种子 7。", SampleDraw.Describe(SampleDraw.Draw(Candidates(40), 20m, 7)));
}

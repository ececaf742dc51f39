using System.Reflection;
using Jixiao.Domain.Review;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// The allocation-free searches added for lint speed (issue 6) give exactly what the general expressions they replace
/// give, over random texts built from the pieces where they could differ (whitespace of every kind, `指标` suffixes,
/// repeated and partial words).
/// </summary>
public class FastPathEquivalenceTests
{
    private static readonly Func<string?, string, bool> ContainsCompact = (Func<string?, string, bool>)typeof(Linter).Assembly
        .GetType("Jixiao.Domain.Review.Rules.RuleHelpers")!
        .GetMethod("ContainsCompact", BindingFlags.Public | BindingFlags.Static)!
        .CreateDelegate(typeof(Func<string?, string, bool>));

    private static string GeneralCompact(string? text) =>
        string.IsNullOrEmpty(text) ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000'));

    private static string RandomText(Random rng, string[] pieces, int maxPieces) =>
        string.Concat(Enumerable.Range(0, rng.Next(0, maxPieces)).Select(_ => pieces[rng.Next(pieces.Length)]));

    [Fact]
    public void ContainsCompact_RandomTexts_EqualsCompactThenContains()
    {
        string[] pieces = ["疫", "情", "防控", "疫情", " ", "\u3000", "\t", "\n", "建", "全", "建全", "帐户", "a", "十三五", "三"];
        var rng = new Random(6);
        for (var n = 0; n < 50_000; n++)
        {
            var text = rng.Next(20) == 0 ? null : RandomText(rng, pieces, 10);
            var word = RandomText(rng, pieces, 3);
            Assert.True(GeneralCompact(text).Contains(word, StringComparison.Ordinal) == ContainsCompact(text, word), $"“{text}” / “{word}”");
        }
    }

    [Fact]
    public void FindLevel1AndFindLevel2_RandomLabels_EqualLookupByLabelKey()
    {
        var rng = new Random(7);
        foreach (var template in TemplateCatalog.All)
        {
            var names = template.Level1.Select(l => l.Name).Concat(template.Level1.SelectMany(l => l.Children.Select(c => c.Name))).ToList();
            string[] pieces = [.. names, .. names.Select(IndicatorTemplate.LabelKey), "指标", "指", "标", " ", "\u3000", "\t", "X"];
            for (var n = 0; n < 5_000; n++)
            {
                var label = rng.Next(20) == 0 ? null : RandomText(rng, pieces, 4);
                var key = IndicatorTemplate.LabelKey(label);
                var l1 = key.Length == 0 ? null : template.Level1.FirstOrDefault(l => IndicatorTemplate.LabelKey(l.Name) == key);
                var l2 = key.Length == 0 ? null : template.Level1
                    .SelectMany(l => l.Children.Select(c => (Parent: l, Child: c)))
                    .Where(x => IndicatorTemplate.LabelKey(x.Child.Name) == key)
                    .Select(x => ((Level1Category, Level2Category)?)x)
                    .FirstOrDefault();

                Assert.Same(l1, template.FindLevel1(label));
                Assert.Equal(l2, template.FindLevel2(label));
            }
        }
    }
}

using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// The allocation-free template label lookups added for lint speed (issue 6) give exactly what comparing label keys
/// gives, over random labels built from the pieces where they could differ (whitespace of every kind, `指标` suffixes,
/// repeated and partial words). Not yet weighed by ADR-011.
/// </summary>
public class FastPathEquivalenceTests
{
    private static string RandomText(Random rng, string[] pieces, int maxPieces) =>
        string.Concat(Enumerable.Range(0, rng.Next(0, maxPieces)).Select(_ => pieces[rng.Next(pieces.Length)]));

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

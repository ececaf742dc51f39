using Jixiao.Documents.Disclosure;
using Jixiao.Documents.Text;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Documents.Tests.Disclosure;

/// <summary>Cheap fuzzing: damaged copies of seed 003 never make the importer or the checker throw.</summary>
public class DisclosureImporterFuzzTests
{
    private static readonly string[] Noise = ["", "\t", "\t\u3000", "\t206", "\t合计", "\t1,2,3", "\t99999999999999999999", "\t-1.00", "类", "\t款",
        "2021年单位支出预算总表", "编报绩效目标的项目共99999999999999个，涉及项目预算资金1.0万元。", "\t单位：万元", "本单位无。", "\t２０２１"];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_DamagedSeed_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var lines = SeedFiles.Lines(SeedFiles.Disclosure2021).Select(l => l.Text).ToList();
        for (var k = 0; k < 60; k++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(4))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 2:
                    lines[at] = lines[random.Next(lines.Count)];
                    break;
                default:
                    var text = lines[at];
                    lines[at] = text.Length == 0 ? text : text.Remove(random.Next(text.Length), 1);
                    break;
            }
        }

        var warnings = new List<ImportWarning>();
        var package = DisclosureTextImporter.Parse(lines.Select((t, i) => new SourceLine(i + 1, t)).ToList(), warnings);

        if (package is not null)
        {
            Assert.NotNull(DisclosureChecker.Check(package, 1m, 1));
        }

        Assert.All(warnings, w => Assert.False(string.IsNullOrWhiteSpace(w.Message)));
    }
}

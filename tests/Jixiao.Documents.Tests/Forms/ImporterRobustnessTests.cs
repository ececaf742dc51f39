using Jixiao.Documents.Forms;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>Parsing never throws on document text: seeds cut, shuffled and salted with junk.</summary>
public sealed class ImporterRobustnessTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in new[] { Seeds.District2024A, Seeds.District2024B, Seeds.Municipal2020, Seeds.Disclosure2021, Seeds.SelfEvaluation2023 })
            for (var seed = 1; seed <= 8; seed++)
                data.Add(file, seed);
        return data;
    }

    private static readonly string[] Junk =
    [
        "", "\t", "\u3000", "总分", "总分 x y", "- 1 -", "项目资金", "项目名称", "\t\t\t\t", "绩", "一级指标", "财政项目支出绩效自评表",
        "财政项目支出绩效目标申报表 99999999999999999999", "(0000 年度)", "计划开始日期\t0000-00-00", "本单位编报绩效目标的项目 99999999999 个，涉及项目预算资金 1..2 万元。",
        "项目经费情况说明 1", "一、项目概述", "5", "5 5", "=99% =99% 5 5 无", "<p style=\"x\">", "\\*\\*", "年度资金总额 a b c d e f",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_MangledSeed_NeverThrows(string file, int seed)
    {
        var random = new Random(seed);
        var lines = Seeds.Lines(file).Select(l => l.Text).ToList();
        // Cut, move a block, and insert junk lines at random places.
        lines = lines.Take(random.Next(lines.Count / 2, lines.Count + 1)).ToList();
        var from = random.Next(lines.Count);
        var block = lines.Skip(from).Take(random.Next(1, 40)).ToList();
        lines.RemoveRange(from, block.Count);
        lines.InsertRange(random.Next(lines.Count + 1), block);
        for (var k = 0; k < 30; k++)
            lines.Insert(random.Next(lines.Count + 1), Junk[random.Next(Junk.Length)]);

        var warnings = new List<ImportWarning>();
        var result = ProjectFormImporter.Parse(lines.Select((t, i) => new SourceLine(i + 1, t)).ToList(), warnings);
        var package = result.ToDomain(SeedDeclarationTests.Verbatim, SeedDeclarationTests.Verbatim);

        Assert.Equal(result.Projects.Count, package.Projects.Count);
    }
}

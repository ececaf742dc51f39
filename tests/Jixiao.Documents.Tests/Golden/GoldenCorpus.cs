using System.Text;

namespace Jixiao.Documents.Tests.Golden;

/// <summary>
/// The documents of the golden import test: the five seeds as bytes, and generated variants of each — mangled (cut,
/// a block moved, junk lines inserted, as the robustness test does), re-encoded with CRLF and a BOM, and with the
/// table cells of every other row padded with spaces — so paths the seeds alone do not reach are recorded too.
/// </summary>
internal static class GoldenCorpus
{
    private static readonly string[] SeedFiles =
    [
        "000_df2f341524882840.txt", "001_f9a1a9807cfbc00b.txt", "002_1358270470f7d362.txt", "003_5c87672f31bbd0d3.txt", "004_6f3ee041d7c0496a.txt",
    ];

    private static readonly string[] Junk =
    [
        "", "\t", "\u3000", "总分", "总分 x y", "- 1 -", "项目资金", "项目名称", "\t\t\t\t", "绩", "一级指标", "财政项目支出绩效自评表",
        "财政项目支出绩效目标申报表 99999999999999999999", "(0000 年度)", "计划开始日期\t0000-00-00", "本单位编报绩效目标的项目 99999999999 个，涉及项目预算资金 1..2 万元。",
        "项目经费情况说明 1", "一、项目概述", "5", "5 5", "=99% =99% 5 5 无", "<p style=\"x\">", "\\*\\*", "年度资金总额 a b c d e f",
        "| 项目名称 | x |", "**财政项目支出绩效目标申报表**", "### 财政项目支出绩效目标填报表", "编制单位：某某局", "附：得分计算说明",
        "五、国有资本经营预算财政拨款情况说明", "2024年度，本单位编报绩效目标的项目共3个，涉及项目预算资金1,234.5万元",
    ];

    private static readonly Lazy<IReadOnlyList<(string Id, byte[] Bytes)>> All = new(Build);

    public static IReadOnlyList<(string Id, byte[] Bytes)> Documents() => All.Value;

    public static bool KeptInFull(string id) => !id.Contains('~', StringComparison.Ordinal);

    private static IReadOnlyList<(string Id, byte[] Bytes)> Build()
    {
        var result = new List<(string, byte[])>();
        foreach (var file in SeedFiles)
        {
            var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", file));
            var stem = Path.GetFileNameWithoutExtension(file);
            result.Add((stem, bytes));
            var lines = Encoding.UTF8.GetString(bytes).ReplaceLineEndings("\n").Split('\n');
            for (var seed = 1; seed <= 6; seed++)
                result.Add(($"{stem}~mangled{seed}", Utf8(string.Join('\n', Mangle(lines, seed)))));
            result.Add(($"{stem}~crlf-bom", [0xEF, 0xBB, 0xBF, .. Utf8(string.Join("\r\n", lines))]));
            result.Add(($"{stem}~padded", Utf8(string.Join('\n', lines.Select((l, i) => i % 2 == 0 ? l.Replace("\t", " \t ", StringComparison.Ordinal) : l)))));
        }
        return result;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static List<string> Mangle(string[] source, int seed)
    {
        var random = new Random(seed);
        var lines = source.Take(random.Next(source.Length / 2, source.Length + 1)).ToList();
        var from = random.Next(lines.Count);
        var block = lines.Skip(from).Take(random.Next(1, 40)).ToList();
        lines.RemoveRange(from, block.Count);
        lines.InsertRange(random.Next(lines.Count + 1), block);
        for (var k = 0; k < 40; k++)
            lines.Insert(random.Next(lines.Count + 1), Junk[random.Next(Junk.Length)]);
        // A few lines duplicated and a few cells emptied, so repeated headers and missing values are met too.
        for (var k = 0; k < 10; k++)
        {
            var at = random.Next(lines.Count);
            lines.Insert(at, lines[at]);
            var cut = random.Next(lines.Count);
            var cells = lines[cut].Split('\t');
            if (cells.Length > 2)
            {
                cells[random.Next(cells.Length)] = "";
                lines[cut] = string.Join('\t', cells);
            }
        }
        return lines;
    }
}

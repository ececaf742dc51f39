using Jixiao.Domain.Projects;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Tests.Text;

/// <summary>Imported text cleaned for display and reuse (issue 15 item 9) by the grammar's own clean-up steps.</summary>
public sealed class DisplayTextTests
{
    [Theory]
    // LaTeX from the seeds (target-grammar.md §3 D).
    [InlineData("$\\geq 85.00\\%$", "≥85.00%")]
    [InlineData("全年 $\\leq$ 5次", "全年≤5次")]
    [InlineData("测评标准未大幅修改时，当年等保测评分 $\\geq$ 上一期分数", "测评标准未大幅修改时，当年等保测评分≥上一期分数")]
    // Spaced-out characters of PDF extraction (made up).
    [InlineData("满 意", "满意")]
    [InlineData("制度 健 全", "制度健全")]
    [InlineData("服务对象满意度 ≥ 90 %", "服务对象满意度≥90%")]
    // Clean text stays as it is; Latin words keep their single space.
    [InlineData("健全", "健全")]
    [InlineData("Windows Server", "Windows Server")]
    [InlineData("", "")]
    public void Clean_ImportedText_GivesWhatPeopleRead(string text, string expected)
    {
        Assert.Equal(expected, DisplayText.Clean(text));
        Assert.Equal(expected, DisplayText.Clean(DisplayText.Clean(text))); // idempotent
        Assert.Equal(text != expected, DisplayText.NeedsCleaning(text));
    }

    [Fact]
    public void Clean_SeedTargetsWithLatex_LeaveNoLatexBehind()
    {
        var seeds = Directory.GetFiles(Path.Combine(RepoRoot(), "tests", "fixtures", "seeds"), "*.txt");
        var latex = seeds.SelectMany(File.ReadAllLines).Where(l => l.Contains("\\geq", StringComparison.Ordinal) || l.Contains("\\leq", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(latex);
        Assert.All(latex, line => Assert.DoesNotMatch(@"\\(geq|leq)|\$", DisplayText.Clean(line)));
    }

    [Fact]
    public void NameKey_SpacedAndCleanedName_AreOneIndicator() =>
        Assert.Equal(IndicatorIdentity.NameKey("服务对象满意度"), IndicatorIdentity.NameKey(DisplayText.Clean("服务对象满 意 度")));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

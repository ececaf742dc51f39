using System.Text;

namespace Jixiao.Cli.Tests;

/// <summary>Every kind of bad input ends in one clear Chinese line and exit code 2, never a stack trace.</summary>
public class BadInputTests
{
    public static TheoryData<string, Func<string>, string> BadFiles => new()
    {
        { "missing", () => Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid(), "x.txt"), "找不到文件" },
        { "directory", () => Path.GetTempPath(), "是目录" },
        { "empty", () => Cli.TempFile("empty.txt", []), "空文件" },
        { "whitespace only", () => Cli.TempFile("blank.txt", Encoding.UTF8.GetBytes(" \n\t\n")), "没有任何文字内容" },
        { "binary", () => Cli.TempFile("junk.bin", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x7F, 0x00]), "二进制文件" },
        { "zip / office", () => Cli.TempFile("a.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), "已损坏或不完整" },
        { "pdf", () => Cli.TempFile("a.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3")), "不是有效的 PDF 文件" },
        { "text that is not a form", () => Cli.TempFile("note.txt", Encoding.UTF8.GetBytes("会议纪要\n今天讨论了明年的工作计划。\n")), "未识别出" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void EveryCommand_BadFile_OneLineErrorExit2(string why, Func<string> makeFile, string expected)
    {
        var file = makeFile();
        foreach (var command in new[] { "import", "lint", "score" })
        {
            var run = Cli.Invoke(command, file);
            Assert.True(run.ExitCode == 2, $"{why}/{command}: exit {run.ExitCode}");
            var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(lines);
            Assert.Contains(expected, lines[0]);
            Assert.DoesNotContain("   at ", run.Error);
            Assert.DoesNotContain("Exception", run.Error);
        }
    }

    [Fact]
    public void Import_OneBadFileAmongGood_ReportsBothAndExits2()
    {
        var run = Cli.Invoke("import", Cli.Seed("001"), Cli.TempFile("empty.txt", []), "--json");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(1, run.Json.GetProperty("documents").GetArrayLength());
        Assert.Contains("空文件", run.Json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Gb18030File_IsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(Cli.Seed("001"));
        var path = Cli.TempFile("gbk.txt", Encoding.GetEncoding("GB18030").GetBytes(text));
        var run = Cli.Invoke("import", path, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, run.Json.GetProperty("documents")[0].GetProperty("projects").GetArrayLength());
    }

    [Fact]
    public void Score_UnknownProfile_NamesTheChoices()
    {
        var run = Cli.Invoke("score", Cli.Seed("004"), "--profile", "NOPE");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SH-DISTRICT", run.Error);
    }

    [Fact]
    public void NoFiles_IsAUsageError()
    {
        var run = Cli.Invoke("import");
        Assert.NotEqual(0, run.ExitCode);
    }
}

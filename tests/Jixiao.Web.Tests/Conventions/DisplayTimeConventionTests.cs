using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests.Conventions;

/// <summary>
/// Every time a user sees is Asia/Shanghai, turned into text by <c>Jixiao.Web.Services.DisplayTime</c> only: no page or
/// service of the web app converts a stamp itself (`ToLocalTime` follows the server's zone, `ToOffset(+8)` repeated is
/// how the 预算公开 list was missed) or formats a time of day, and pages do not read the server's clock for a date.
/// </summary>
public sealed partial class DisplayTimeConventionTests
{
    private const string Helper = "src/Jixiao.Web/Services/DisplayTime.cs";

    [Fact]
    public void WebFiles_ShowTimesOnlyThroughDisplayTime()
    {
        var root = RepoRoot();
        var web = Path.Combine(root, "src", "Jixiao.Web");
        var offenders = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f != Helper && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((text, i) => (File: f, Number: i + 1, Code: WithoutComments(text))))
            .Where(l => Offends(l.File, l.Code))
            .Select(l => $"{l.File}:{l.Number}: {l.Code.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "a time shown without DisplayTime (Asia/Shanghai):\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("Pages/X.cshtml", "<td>@d.PublishedAt?.ToLocalTime().ToString(\"yyyy-MM-dd\")</td>", true)]
    [InlineData("Pages/X.cshtml", "@r.AtUtc.ToOffset(TimeSpan.FromHours(8)).ToString(\"MM-dd\")", true)]
    [InlineData("Services/X.cs", "var s = at.UtcDateTime.ToString(\"yyyy-MM-dd HH:mm\");", true)]
    [InlineData("Pages/X.cshtml", "value=\"@DateTime.UtcNow.Year\"", true)]
    [InlineData("Pages/X.cshtml", "<td>@DisplayTime.Minute(d.PublishedAt)</td>", false)]
    [InlineData("Pages/X.cshtml", "value=\"@Model.From?.ToString(\"yyyy-MM-dd\")\"", false)] // a DateOnly the user typed
    [InlineData("Services/X.cs", "o.ExpireTimeSpan = TimeSpan.FromHours(8); // ToLocalTime", false)]
    public void Scanner_FindsDirectConversionsInCodeOnly(string file, string line, bool found) =>
        Assert.Equal(found, Offends("src/Jixiao.Web/" + file, WithoutComments(line)));

    private static bool Offends(string file, string code) =>
        Conversion().IsMatch(code) || (file.Contains("/Pages/", StringComparison.Ordinal) && ServerClock().IsMatch(code));

    // A conversion to a zone (the server's own among them), or a time of day formatted, outside the helper.
    [GeneratedRegex(@"\.ToLocalTime\(|\.LocalDateTime\b|\.ToOffset\(|\.UtcDateTime\b|HH:mm|GetLocalNow\(")]
    private static partial Regex Conversion();

    // The server's clock read by a page (its zone, or UTC, decides the date).
    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex ServerClock();

    private static string WithoutComments(string line) => RazorComment().Replace(LineComment().Replace(line, ""), "");

    [GeneratedRegex(@"(?<!:)//.*$")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"@\*.*?\*@")]
    private static partial Regex RazorComment();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test directory.");
    }
}

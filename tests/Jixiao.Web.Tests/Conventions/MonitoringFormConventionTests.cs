using System.Text.RegularExpressions;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Web.Tests.Conventions;

/// <summary>
/// The 运行监控表 is defined once (<see cref="MonitoringForm"/>, ADR-019): the files that print, read, show or exchange it
/// name none of its labels and none of the declaration's properties; they read the definition. Comments may still
/// speak of them.
/// </summary>
public sealed partial class MonitoringFormConventionTests
{
    private static readonly string[] Files =
    [
        "src/Jixiao.Documents/Export/Forms/MonitoringLayout.cs",
        "src/Jixiao.Documents/Export/Forms/MonitoringSheet.cs",
        "src/Jixiao.Documents/Forms/MonitoringSheetImporter.cs",
        "src/Jixiao.Web/Services/Documents/FormSource.cs",
        "src/Jixiao.Web/Api/Contracts/V1/MonitoringContracts.cs",
        "src/Jixiao.Web/Pages/Monitoring",
    ];

    // Declaration properties the report shows by key (FieldDefinition.CopiedFrom) or prefills from (BudgetFrom).
    private static readonly string[] DeclarationProperties = ["ImplementingUnit", "SupervisingDepartment", "AnnualRequestTotal"];

    /// <summary>Every printed label of the definition, without the period (`1–M月执行数` is looked for as `执行数`).</summary>
    public static IEnumerable<string> Labels() =>
        MonitoringForm.Definition.Fields.Select(f => f.Label).Concat(MonitoringForm.Definition.IndicatorColumns.Select(c => c.Label))
            .Select(l => FieldText.PlainLabel(l).Replace(MonitoringForm.PeriodMark, "", StringComparison.Ordinal))
            .Where(l => l.Length > 0).Distinct();

    [Fact]
    public void MonitoringFiles_NameNoLabelAndNoDeclarationProperty()
    {
        var words = Labels().Concat(DeclarationProperties).ToList();
        var offenders = Lines()
            .SelectMany(l => words.Where(w => l.Code.Contains(w, StringComparison.Ordinal)).Select(w => $"{l.File}:{l.Number}: “{w}” in {l.Code.Trim()}"))
            .ToList();
        Assert.True(offenders.Count == 0, "the 运行监控表's labels or declaration properties named again (read MonitoringForm):\n" + string.Join("\n", offenders));
    }

    [Theory]
    // The scanner sees code and markup, not comments (so an empty result means something).
    [InlineData("TableCell.Label(\"全年预算数\"),", true)]
    [InlineData("<th>实施单位</th>", true)]
    [InlineData("ImplementingUnit = m.Declared.ImplementingUnit,", true)]
    [InlineData("/// <summary>全年预算数, 元.</summary>", false)]
    [InlineData("var x = 1; // 全年预算数", false)]
    [InlineData("@* 全年预算数 *@ <td></td>", false)]
    public void Scanner_FindsLabelsInCodeOnly(string line, bool found) =>
        Assert.Equal(found, new[] { "全年预算数", "实施单位", "ImplementingUnit" }.Any(w => WithoutComments(line).Contains(w, StringComparison.Ordinal)));

    [Fact]
    public void Labels_CoverTheHeaderMoneyAndColumns() =>
        Assert.Superset(new HashSet<string> { "项目名称", "主管部门", "实施单位", "全年预算数", "执行数", "预计全年执行数", "年度指标值", "实际完成值", "完成目标可能性" },
            Labels().ToHashSet());

    private sealed record Line(string File, int Number, string Code);

    private static IEnumerable<Line> Lines()
    {
        var root = RepoRoot();
        return Files.SelectMany<string, string>(f => Directory.Exists(Path.Combine(root, f))
                ? Directory.EnumerateFiles(Path.Combine(root, f)).Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal)
                : [f])
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((text, i) => new Line(f, i + 1, WithoutComments(text))));
    }

    // `//` comments (a `://` of an address is not one) and one-line Razor `@* … *@` comments.
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

using System.Text.RegularExpressions;
using Jixiao.Domain.Forms;

namespace Jixiao.Web.Tests.Conventions;

/// <summary>
/// The 自评表 is defined once (ADR-018): its layout, page and PDF reader take every printed label from
/// <see cref="SelfEvaluationForms"/> and read the header through the declaration's fields by key, so none of them writes a
/// label of the form or names a declaration property.
/// </summary>
public sealed partial class SelfEvaluationFormConventionTests
{
    private static readonly string[] Readers =
    [
        "src/Jixiao.Documents/Export/Forms/SelfEvaluationLayout.cs",
        "src/Jixiao.Documents/Forms/PdfSelfEvaluationParser.cs",
        "src/Jixiao.Web/Pages/SelfEvaluations/Detail.cshtml",
    ];

    // Declaration properties the 自评表 header shows; the definition reaches them by field key.
    private static readonly string[] DeclarationProperties = ["SupervisingDepartment", "ImplementingUnit", "AnnualGoal"];

    [Fact]
    public void Readers_WriteNoLabelOfTheForm_AndNameNoDeclarationProperty()
    {
        var form = SelfEvaluationForms.District2023;
        string[] labels =
        [
            .. form.Fields.Select(f => f.Label), .. form.Blocks.Select(b => b.Label).OfType<string>(),
            .. SelfEvaluationForms.Funds.Rows.Select(r => r.Label), .. SelfEvaluationForms.Funds.Columns.Select(c => c.Label),
            .. form.IndicatorColumns.Select(c => c.Label),
        ];
        var offenders = new List<string>();
        foreach (var file in Readers)
        {
            var lines = File.ReadAllLines(Path.Combine(RepoRoot(), file));
            for (var i = 0; i < lines.Length; i++)
            {
                var code = Code(lines[i]);
                offenders.AddRange(labels.Where(l => Printed(code, l)).Select(l => $"{file}:{i + 1}: label “{l}”: {lines[i].Trim()}"));
                offenders.AddRange(DeclarationProperties.Where(p => Regex.IsMatch(code, $@"\b(declared|[pe]|l\.Declared)\??\.{p}\b"))
                    .Select(p => $"{file}:{i + 1}: property {p}: {lines[i].Trim()}"));
            }
        }
        Assert.True(offenders.Count == 0, "labels or declaration properties written outside the definition:\n" + string.Join("\n", offenders));
    }

    [Theory]
    // The scanner sees what it is meant to see (so an empty result means something).
    [InlineData("[TableCell.Label(\"年初预算数\"), TableCell.Label(\"全年预算数\")]", "年初预算数", true)]
    [InlineData("<th class=\"num\">年初预算数</th>", "年初预算数", true)]
    [InlineData("<th scope=\"row\">主管部门</th><td>@x</td>", "主管部门", true)]
    [InlineData("// the 年初预算数 column", "年初预算数", false)]
    [InlineData("/// <summary>年初预算数 · 全年预算数</summary>", "年初预算数", false)]
    [InlineData("warnings.Add(\"“年初预算数”无法识别\")", "年初预算数", false)]
    public void Scanner_FindsPrintedLabelsOnly(string line, string label, bool found) => Assert.Equal(found, Printed(Code(line), label));

    [Theory]
    [InlineData("TableCell.Value(p.ImplementingUnit, colSpan: 3)", true)]
    [InlineData("<td>@(declared.ImplementingUnit ?? l.Project.Unit?.Name)</td>", true)]
    [InlineData("TableCell.Value(f.Text(p), colSpan: f.Place.Span)", false)]
    public void Scanner_FindsDeclarationProperties(string line, bool found) =>
        Assert.Equal(found, DeclarationProperties.Any(p => Regex.IsMatch(Code(line), $@"\b(declared|[pe]|l\.Declared)\??\.{p}\b")));

    // A label printed as a whole: a literal of its own ("年初预算数") or a markup cell (>年初预算数<).
    private static bool Printed(string code, string label) =>
        code.Contains($"\"{label}\"", StringComparison.Ordinal) || code.Contains($">{label}<", StringComparison.Ordinal);

    private static string Code(string line)
    {
        var t = line.TrimStart();
        return t.StartsWith("//", StringComparison.Ordinal) || t.StartsWith("@*", StringComparison.Ordinal) ? "" : line;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test directory.");
    }
}

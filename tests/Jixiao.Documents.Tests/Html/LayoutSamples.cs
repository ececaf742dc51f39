using Jixiao.Documents.Export;
using Jixiao.Documents.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Documents.Tests.Layout;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Html;

/// <summary>
/// Laid-out forms with real content (the seed projects) and hand-made ones exercising what the seeds do not:
/// a table running over several pages, wrapped and hard-broken text, landscape sections, hostile text.
/// </summary>
internal static class LayoutSamples
{
    public const string Declarations2024A = "申报表-000";
    public const string Declarations2024B = "申报表-001";
    public const string Declarations2020 = "申报表-002";
    public const string Filing2021 = "填报表-003";
    public const string LongDeclaration = "申报表-跨页";
    public const string UnitPackage = "申报包-000";
    public const string SelfEvaluation = "自评表-004";
    public const string Disclosure = "预算公开-003";
    public const string Monitoring = "监控表-000";
    public const string Mixed = "版式-混合";

    /// <summary>Samples whose projects must import back equal to the projects they were laid out from (ProjectDiff empty).</summary>
    public static TheoryData<string> ProjectSamples => [Declarations2024A, Declarations2024B, Declarations2020, Filing2021, LongDeclaration];

    /// <summary>Every form type (each <see cref="FormLayouts"/> entry point) with real content.</summary>
    public static TheoryData<string> Forms =>
        [Declarations2024A, Declarations2024B, Declarations2020, Filing2021, LongDeclaration, UnitPackage, SelfEvaluation, Disclosure, Monitoring];

    public static TheoryData<string> All =>
        [Declarations2024A, Declarations2024B, Declarations2020, Filing2021, LongDeclaration, UnitPackage, SelfEvaluation, Disclosure, Monitoring, Mixed];

    public static FormDocument Document(string sample) => sample switch
    {
        Declarations2024A => Declarations(Seeds.District2024A),
        Declarations2024B => Declarations(Seeds.District2024B),
        Declarations2020 => Declarations(Seeds.Municipal2020),
        Filing2021 => Declarations(Seeds.Disclosure2021),
        LongDeclaration => FormLayouts.Declaration(Projects(sample)[0]),
        UnitPackage => FormLayouts.UnitPackage(Seed(Seeds.District2024A).Package),
        SelfEvaluation => new FormDocument("自评表", "自评表", Layout.LayoutSamples.SelfEvaluations(Seed(Seeds.SelfEvaluation2023)).SelectMany(d => d.Sections).ToList()),
        Disclosure => Layout.LayoutSamples.Disclosures(Seed(Seeds.Disclosure2021)).Single(),
        Monitoring => Layout.LayoutSamples.Monitorings(Seed(Seeds.District2024A)).First(),
        Mixed => MixedDocument(),
        _ => throw new ArgumentOutOfRangeException(nameof(sample), sample, null),
    };

    /// <summary>The projects a sample was laid out from.</summary>
    public static IReadOnlyList<Project> Projects(string sample) => sample switch
    {
        Declarations2024A => SeedProjects(Seeds.District2024A),
        Declarations2024B => SeedProjects(Seeds.District2024B),
        Declarations2020 => SeedProjects(Seeds.Municipal2020),
        Filing2021 => SeedProjects(Seeds.Disclosure2021),
        LongDeclaration => [Lengthened(SeedProjects(Seeds.District2024A)[0], copies: 6)],
        _ => [],
    };

    /// <summary>The canonical lines of a layout, blank lines left out (readers may add or drop them).</summary>
    public static List<string> ExpectedLines(FormDocument document) =>
        GridLines.FromDocument(document).Select(l => l.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();

    public static List<string> NonBlank(IEnumerable<Jixiao.Documents.Text.SourceLine> lines) =>
        lines.Select(l => l.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();

    private static ImportedDocument Seed(string seed) => DocumentImporter.ImportLines(seed, Seeds.Lines(seed)).Document!;

    private static IReadOnlyList<Project> SeedProjects(string seed) => Seed(seed).Package.Projects;

    /// <summary>
    /// Asserts that a file rendered from <paramref name="sample"/> imports to exactly what the layout's own text imports
    /// to (text ↔ model is the layout tests' job): projects, disclosure tables, or the 运行监控表 sheet.
    /// </summary>
    public static void AssertImportsLikeLayoutText(string sample, string fileName, byte[] bytes)
    {
        var layout = Document(sample);
        if (sample == Monitoring)
        {
            var read = Reading.AnyDocumentReader.Read(fileName, bytes);
            Assert.True(read.Success, read.Error);
            var expected = MonitoringSheetImporter.Parse(GridLines.FromDocument(layout));
            Assert.NotNull(expected);
            Assert.Equal(ModelJson.Of(expected), ModelJson.Of(MonitoringSheetImporter.Parse(read.Lines!)));
            return;
        }
        var fromText = RoundTrip.Import(layout);
        var outcome = DocumentImporter.ImportBytes(fileName, bytes);
        Assert.True(outcome.Success, outcome.Error);
        var fromFile = outcome.Document!;
        Assert.Equal((fromText.Kind, fromText.UnitName, fromText.Year), (fromFile.Kind, fromFile.UnitName, fromFile.Year));
        Assert.Equal(fromText.Package.Projects.Count, fromFile.Package.Projects.Count);
        foreach (var (expected, actual) in fromText.Package.Projects.Zip(fromFile.Package.Projects))
            ModelDifferences.AssertNone(expected, actual);
        Assert.Equal(ModelJson.Of(fromText.Disclosure), ModelJson.Of(fromFile.Disclosure));
    }

    // Every project of a seed, one section each: several forms in one file, as the seeds hold them.
    private static FormDocument Declarations(string seed)
    {
        var sections = SeedProjects(seed).SelectMany(p => FormLayouts.Declaration(p).Sections).ToList();
        return new FormDocument($"{seed} 申报表", "申报表", sections);
    }

    // Each indicator repeated under its own categories, so merged 一级/二级 cells run over page breaks.
    private static Project Lengthened(Project project, int copies) => project with
    {
        Indicators = project.Indicators
            .SelectMany(i => Enumerable.Range(1, copies).Select(k => i with { Name = $"{i.Name}（{k}）", Ordinal = 0, SourceLine = null }))
            .Select((i, n) => i with { Ordinal = n + 1 })
            .ToList(),
    };

    private static FormDocument MixedDocument()
    {
        const string longText = "按照本市预算绩效管理工作的总体要求，本单位编报绩效目标的项目 11 个，涉及项目预算资金 1194.62 万元，"
            + "其中 Software maintenance and operation services for the district government cloud platform 占比较高，"
            + "“双随机、一公开”检查（含回头看）按季度开展，完成率≥95%。";
        FormTable table = new(
            [10m, 24m, 14m, 30m],
            [
                [TableCell.Label("序号"), TableCell.Label("名称"), TableCell.Label("金额（元）"), TableCell.Label("说明")],
                [TableCell.Centered("1"), TableCell.Value("第一行\n第二行\n\n空行之后"), TableCell.Money(1443356m), TableCell.Value(longText)],
                [TableCell.Centered("2", rowSpan: 2), TableCell.Value("合并两行", rowSpan: 2), TableCell.Money(0.5m), TableCell.Value("<script>alert('x')</script> & \"引号\"")],
                [TableCell.Money(-12.34m), TableCell.Value("a  b   c（多个空格）")],
                [TableCell.Label("合计", colSpan: 2), TableCell.Money(1443344.16m), TableCell.Value("")],
            ],
            RepeatHeaderRows: 1);
        return new FormDocument("版式样例", "版式样例",
        [
            new FormSection("纵向",
            [
                new HeadingBlock("上海市松江区 2024 年 单位预算公开", 1),
                new HeadingBlock("(2024 年度)", 2),
                new ParagraphBlock(longText + "\n第二段：短行。\n" + longText),
                new ParagraphBlock("单位：元", ParagraphAlign.Right),
                table,
            ]),
            new FormSection("横向",
            [
                new HeadingBlock("三、部门财务收支预算总表", 3),
                new ParagraphBlock("居中说明", ParagraphAlign.Center),
                new PageBreakBlock(),
                new ParagraphBlock("分页之后的一行"),
            ], PageOrientation.Landscape),
        ]);
    }
}

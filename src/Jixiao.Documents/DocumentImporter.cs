using Jixiao.Documents.Disclosure;
using Jixiao.Documents.Forms;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Recognition;
using Jixiao.Documents.Text;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents;

public enum DocumentKind
{
    Declaration,
    SelfEvaluation,
    BudgetDisclosure,
    /// <summary>A 决算 (final accounts) disclosure: its tables are never a budget (ADR-031).</summary>
    FinalAccounts,
}

/// <summary>
/// One imported document: its kind, unit and year, the projects it holds (a disclosure package also carries its
/// 绩效目标填报表 forms), the disclosure tables if any, and every warning with its line.
/// </summary>
public sealed record ImportedDocument(
    string File,
    DocumentKind Kind,
    string? UnitName,
    int? Year,
    UnitPackage Package,
    BudgetDisclosure? Disclosure,
    IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>Disclosure tables of other layouts than the Shanghai package, as printed (预算 or 决算, ADR-031).</summary>
    public IReadOnlyList<PublishedTable> Tables { get; init; } = [];

    /// <summary>For a form read by its structure: the template chosen, every candidate's evidence and why (ADR-047).</summary>
    public Recognition.TemplateFitResult? Template { get; init; }
}

/// <summary>The imported document, or the one-line Chinese reason it could not be imported.</summary>
public sealed record ImportOutcome(ImportedDocument? Document, string? Error)
{
    public bool Success => Document is not null;
}

/// <summary>
/// Reads a document and recognises what it holds: project forms (declarations, self-evaluations) and budget
/// disclosure tables, by structure. A file that holds neither is refused, never half-imported.
/// </summary>
public static class DocumentImporter
{
    public static ImportOutcome ImportFile(string path, TargetParseOptions? options = null)
    {
        var read = AnyDocumentReader.ReadFile(path);
        return read.Success ? ImportLines(Path.GetFileName(path), read.Lines!, options) : new ImportOutcome(null, read.Error);
    }

    public static ImportOutcome ImportBytes(string name, byte[] bytes, TargetParseOptions? options = null)
    {
        var read = AnyDocumentReader.Read(name, bytes);
        return read.Success ? ImportLines(name, read.Lines!, options) : new ImportOutcome(null, read.Error);
    }

    /// <summary>
    /// Lines one document may hold: about 15 times the largest real document (a unit's disclosure, ~3,500 lines). Parsing
    /// costs ~25 bytes of allocation per input byte (100 before issue 6), so a single 50 MB text of forms would still
    /// allocate over a gigabyte; such a file is refused up front instead.
    /// </summary>
    public const int MaxLines = 50_000;

    public static ImportOutcome ImportLines(string name, IReadOnlyList<SourceLine> lines, TargetParseOptions? options = null)
    {
        if (lines.Count > MaxLines)
            return new ImportOutcome(null, $"“{name}”共 {lines.Count:N0} 行，超过单个文件 {MaxLines:N0} 行的上限；请按单位或项目拆分后再导入。");
        lines = SourceLines.Clean(lines); // lines may come from a caller's own reader, not only AnyDocumentReader
        var warnings = new List<ImportWarning>();
        var forms = ProjectFormImporter.Parse(lines, warnings);
        var disclosure = DisclosureTextImporter.Parse(lines, warnings);
        // Disclosure tables of another layout are read by their title and header words; a form of a layout the seed parser
        // does not know is read by its structure (labels, grids).
        var tables = forms.Projects.Count == 0 && disclosure is null ? PublishedTableReader.Read(lines, warnings) : [];
        var structural = forms.Projects.Count == 0 && disclosure is null && tables.Count == 0 ? StructuralRecogniser.Recognise(lines, warnings) : null;
        if (structural is not null) forms = structural.Forms;
        if (forms.Projects.Count == 0 && disclosure is null && tables.Count == 0)
            return new ImportOutcome(null, $"“{name}”中未识别出绩效目标申报表、绩效自评表或单位预算公开表格。");

        var package = forms.ToDomain(t => TargetParser.Parse(t, options), a => TargetParser.ParseActual(a, options));
        if (structural is not null) package = package with { Projects = package.Projects.Select(p => WithExtra(p, structural.Extra)).ToList() };
        var kind = disclosure is not null ? DocumentKind.BudgetDisclosure
            : tables.Count > 0 ? (tables.All(t => t.Stage == PublicationStage.FinalAccounts) ? DocumentKind.FinalAccounts : DocumentKind.BudgetDisclosure)
            : forms.Kind == FormDocumentKind.SelfEvaluation ? DocumentKind.SelfEvaluation
            : DocumentKind.Declaration;
        var unit = disclosure?.UnitName ?? tables.Select(t => t.UnitName).FirstOrDefault(u => u is not null) ?? forms.UnitName ?? ProjectFields.PrintedUnit(package.Projects);
        var year = disclosure?.Year ?? tables.Select(t => t.Year).FirstOrDefault(y => y is not null) ?? forms.Year ?? package.Projects.Select(p => p.Year).FirstOrDefault(y => y is not null);
        return new ImportOutcome(new ImportedDocument(name, kind, unit, year, package with { UnitName = unit, Year = year },
            disclosure, Locate(warnings, lines).OrderBy(w => w.Line).ToList())
        { Tables = tables, Template = structural?.Template }, null);
    }

    /// <summary>The labels no form definition knows, kept in the project's fields by their printed label (never over a field).</summary>
    private static Project WithExtra(Project project, IReadOnlyDictionary<string, string> extra)
    {
        if (extra.Count == 0) return project;
        var fields = new Dictionary<string, string>(project.Fields, StringComparer.Ordinal);
        foreach (var (label, value) in extra) fields.TryAdd(label, value);
        return project with { Fields = fields };
    }

    private static IEnumerable<ImportWarning> Locate(IEnumerable<ImportWarning> warnings, IReadOnlyList<SourceLine> lines)
    {
        var where = lines.Where(l => l.Location is not null).ToDictionary(l => l.Number, l => l.Location);
        return where.Count == 0 ? warnings : warnings.Select(w => where.TryGetValue(w.Line, out var l) ? w with { Location = l } : w);
    }
}

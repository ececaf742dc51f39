using Jixiao.Documents.Text;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Forms;

/// <summary>
/// Imports project forms from document text: 绩效目标申报表 (2024 district, 2020 municipal), 填报表 (2021
/// district, inside a disclosure) and 绩效自评表, with the unit header, the stated summary and the
/// 项目经费情况说明 narratives. Structure is recognised from labels, never from a particular document.
/// </summary>
public static class ProjectFormImporter
{
    /// <summary>
    /// Reads every form in <paramref name="lines"/>. Never throws on document text; whatever cannot be placed
    /// is reported in <paramref name="warnings"/> (Chinese message, source line).
    /// </summary>
    public static FormImportResult Parse(IReadOnlyList<SourceLine> lines, ICollection<ImportWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(warnings);

        string? unitName = null, declaringUnit = null, compilingUnit = null;
        int? year = null;
        StatedSummary? stated = null;
        var projects = new List<RawProject>();
        NarrativeBuilder? narrative = null;

        var texts = new DocumentLines(lines);
        var i = 0;
        while (i < lines.Count)
        {
            var compact = texts.Compact(i);
            if (compact.Length == 0) { i++; continue; }

            if (DocumentPatterns.UnitTitle(compact) is { } title)
            {
                unitName ??= title.Unit;
                year ??= title.Year;
                i++;
                continue;
            }
            if (DocumentPatterns.Stated(compact, lines[i].Number) is { } s)
            {
                if (stated is not null)
                    warnings.Add(new ImportWarning(lines[i].Number, "文档中出现第二个“编报绩效目标的项目…个”说明句，已采用第一个。"));
                stated ??= s.Summary;
                year ??= s.Year;
                i++;
                continue;
            }
            if (DocumentPatterns.CompilingUnit(compact) is { } cu)
            {
                compilingUnit ??= cu;
                i++;
                continue;
            }
            if (texts.Narrative(i) is { } heading)
            {
                if (narrative is not null)
                    warnings.Add(new ImportWarning(narrative.Line, $"项目经费情况说明“{narrative.Title}”之后没有对应的申报表，未导入。"));
                narrative = new NarrativeBuilder(heading.Title, lines[i].Number);
                i = narrative.ReadTitleContinuation(lines, i + 1);
                continue;
            }
            if (DocumentPatterns.Title(compact) is { } formTitle)
            {
                var (project, next) = ReadForm(texts, i, formTitle, year, warnings);
                if (narrative is not null)
                {
                    project = project with { Narrative = narrative.Sections, NarrativeTitle = narrative.Title };
                    narrative = null;
                }
                declaringUnit ??= project.TitleText;
                projects.Add(project);
                i = next;
                continue;
            }
            if (narrative is not null)
            {
                narrative.Add(texts.Plain(i), compact, lines[i], warnings);
                i++;
                continue;
            }
            i++;
        }
        if (narrative is not null)
            warnings.Add(new ImportWarning(narrative.Line, $"项目经费情况说明“{narrative.Title}”之后没有对应的申报表，未导入。"));
        if (projects.Count == 0)
            warnings.Add(new ImportWarning(lines.Count > 0 ? lines[0].Number : 0, "文档中未找到财政项目支出绩效目标申报表/填报表或绩效自评表。"));

        var kind = projects.Count == 0 ? FormDocumentKind.None
            : projects.All(p => p.Form == FormKind.SelfEvaluation) ? FormDocumentKind.SelfEvaluation
            : FormDocumentKind.Declaration;
        if (kind == FormDocumentKind.Declaration && projects.Any(p => p.Form == FormKind.SelfEvaluation))
            warnings.Add(new ImportWarning(projects.First(p => p.Form == FormKind.SelfEvaluation).SourceLine, "文档同时含有申报表和自评表。"));

        return new FormImportResult
        {
            Kind = kind,
            UnitName = unitName ?? declaringUnit ?? compilingUnit ?? ProjectFields.PrintedUnit(projects.Select(FormMapper.Header)),
            Year = year ?? projects.Select(p => p.Year).FirstOrDefault(y => y is not null),
            Stated = stated,
            Projects = projects,
        };
    }

    private static (RawProject Project, int Next) ReadForm(DocumentLines lines, int titleAt, DocumentPatterns.FormTitle title, int? documentYear, ICollection<ImportWarning> warnings)
    {
        var formYear = title.Year;
        var declaringUnit = title.DeclaringUnit;
        // Year and 申报单位名称 may follow the title on their own lines.
        var bodyStart = titleAt + 1;
        for (var k = titleAt + 1; k < lines.Count && k <= titleAt + 8; k++)
        {
            var plain = lines.Plain(k);
            if (CellText.IsBlank(plain) || TableRows.IsUnderline(plain)) { bodyStart = k + 1; continue; }
            var (y, u) = DocumentPatterns.TitleTail(lines.Compact(k));
            if (y is null && u is null) break;
            formYear ??= y;
            declaringUnit ??= u;
            bodyStart = k + 1;
        }

        var bodyEnd = FindBodyEnd(lines, bodyStart);
        var body = lines.Range(bodyStart, bodyEnd);
        var municipal = title.Municipal || declaringUnit is not null || body.Any(l => LooksMunicipal(l.Text));
        var form = title.Kind == FormKind.DistrictDeclaration && municipal ? FormKind.MunicipalDeclaration : title.Kind;
        var year = formYear ?? documentYear;
        var template = ChooseTemplate(form, year, lines[titleAt].Number, warnings);

        var draft = new FormDraft
        {
            Form = form,
            TemplateId = template.Id,
            Year = year,
            FormNumber = title.Number,
            Line = lines[titleAt].Number,
            DeclaringUnit = declaringUnit,
        };
        var labels = new CategoryLabels(template);
        var layout = TableRows.DetectLayout(body);
        if (form == FormKind.SelfEvaluation && layout == BodyLayout.Pdf)
        {
            PdfSelfEvaluationParser.Parse(draft, body, labels, warnings);
        }
        else if (layout == BodyLayout.Pdf)
        {
            warnings.Add(new ImportWarning(draft.Line, "申报表的版式无法识别（没有表格分隔符），未能读取表格内容。"));
        }
        else
        {
            var rows = layout == BodyLayout.CellPerLine ? TableRows.ReadCellPerLine(body) : TableRows.ReadTabbed(body);
            DeclarationBodyParser.Parse(draft, rows, labels, form == FormKind.SelfEvaluation, warnings);
        }

        var project = draft.ToRaw();
        ReportMissing(project, warnings);
        return (project, bodyEnd);
    }

    private static int FindBodyEnd(DocumentLines lines, int start)
    {
        var cellPerLine = TableRows.DetectLayout(lines, start, 40) == BodyLayout.CellPerLine;
        var previousBlank = false;
        for (var k = start; k < lines.Count; k++)
        {
            var raw = lines[k].Text;
            var compact = lines.Compact(k);
            if (compact.Length == 0) { previousBlank = true; continue; }
            if (DocumentPatterns.Title(compact) is not null || lines.Narrative(k) is not null
                || DocumentPatterns.UnitTitle(compact) is not null || DocumentPatterns.Stated(compact, 0) is not null
                || raw.AsSpan().TrimStart().StartsWith('#') || DocumentPatterns.Appendix(compact))
                return k;
            if (cellPerLine && previousBlank && !raw.StartsWith('\t')) return k;
            // A numbered heading on its own line after a blank (`五、国有资本经营预算…` after an attached form).
            if (previousBlank && !raw.Contains('\t') && DocumentPatterns.OrdinalHeading(compact)) return k;
            previousBlank = false;
        }
        return lines.Count;
    }

    private static bool LooksMunicipal(string raw)
    {
        var compact = CellText.Compact(raw);
        return compact.StartsWith("一级目标", StringComparison.Ordinal) || compact.StartsWith("联系人", StringComparison.Ordinal)
            || compact.StartsWith("项目概况", StringComparison.Ordinal) || compact.StartsWith("申报单位名称", StringComparison.Ordinal);
    }

    private static IndicatorTemplate ChooseTemplate(FormKind form, int? year, int line, ICollection<ImportWarning> warnings)
    {
        if (form == FormKind.MunicipalDeclaration) return TemplateCatalog.Muni2020;
        if (year is { } y) return TemplateCatalog.ForDistrictYear(y);
        warnings.Add(new ImportWarning(line, "表格未注明年度，按 2024 年区级模板解析指标。"));
        return TemplateCatalog.Dist2024;
    }

    private static void ReportMissing(RawProject p, ICollection<ImportWarning> warnings)
    {
        if (p.Name is null) warnings.Add(new ImportWarning(p.SourceLine, "表格缺少项目名称。"));
        if (p.Indicators.Count == 0) warnings.Add(new ImportWarning(p.SourceLine, $"项目“{p.Name}”未读到任何绩效指标。"));
        foreach (var ind in p.Indicators.Where(x => !x.CategoriesResolved))
            warnings.Add(new ImportWarning(ind.SourceLine, $"项目“{p.Name}”的指标“{ind.Name}”的一级/二级指标无法在模板 {p.TemplateId} 中确定。"));
    }
}

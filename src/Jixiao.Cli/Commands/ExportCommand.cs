using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Pdf;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Templates;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao export`: forms from documents (or a stored project) written in the official layout, one file per form.</summary>
public static class ExportCommand
{
    public static int Run(IReadOnlyList<string> files, string? db, string? project, string to, string outDir, bool package, CliContext cli,
        string? template = null)
    {
        var renderers = FormRenderers.All();
        using var browser = renderers.OfType<PdfRenderer>().Single(); // one warm chromium for this command's forms (ADR-050)
        var exporter = new FormExporter(renderers);
        JurisdictionTemplate? layout = null;
        if (template is not null)
        {
            layout = TemplateRegistry.Current.Find(template.Trim());
            if (layout is null)
            {
                cli.Error.WriteLine($"错误：未知的模板“{template}”（用 jixiao templates list 查看可用的模板）。");
                return ExitCodes.UnreadableInput;
            }
        }
        if (!ExportFormats.TryParse(to, out var format))
        {
            cli.Error.WriteLine($"错误：不支持的导出格式“{to}”，可选：xlsx、docx、pdf、html。");
            return ExitCodes.UnreadableInput;
        }
        if (files.Count == 0 && project is null)
        {
            cli.Error.WriteLine("错误：请给出要导出的文件，或用 --db 与 --project 指定数据库中的项目。");
            return ExitCodes.UnreadableInput;
        }
        if (project is not null && db is null)
        {
            cli.Error.WriteLine("错误：--project 需要同时用 --db 指定数据库（SQLite 文件路径或 PostgreSQL 连接字符串）。");
            return ExitCodes.UnreadableInput;
        }

        var forms = new List<FormDocument>();
        var failed = false;
        var laidOut = 0;
        Project On(Project p)
        {
            var placed = OnTemplate(p, layout);
            if (!ReferenceEquals(placed, p)) laidOut++;
            return placed;
        }
        if (project is not null)
        {
            var loaded = DatabaseForms.Project(db!, project);
            if (loaded.Project is { } p) forms.Add(FormLayouts.Declaration(On(p)));
            else { cli.Error.WriteLine($"错误：{loaded.Error}"); failed = true; }
        }
        if (files.Count > 0)
        {
            var batch = DocumentBatch.Import(files, cli, json: false);
            failed |= batch.Errors.Count > 0;
            foreach (var doc in batch.Documents) forms.AddRange(ExportForms.Of(doc, package, On));
        }
        if (layout is not null && laidOut == 0 && !failed)
        {
            // Nothing of the template's kind to lay out: say so rather than print the forms in their own layouts.
            cli.Error.WriteLine($"错误：模板“{layout.Id}”是{layout.Kind.DisplayName()}，所给的表中没有{(layout.Kind.IsSelfEvaluation() ? "绩效自评表" : "绩效目标表")}；--template 只用于同类的表。");
            return ExitCodes.UnreadableInput;
        }

        if (forms.Count > 0 && !exporter.Formats.Contains(format))
        {
            cli.Error.WriteLine($"错误：本版本不能导出 {format.Extension().TrimStart('.')}。");
            return ExitCodes.UnreadableInput;
        }
        try
        {
            Directory.CreateDirectory(outDir);
            var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var form in forms)
            {
                var path = Unique(Path.Combine(outDir, form.FileName + format.Extension()), written);
                File.WriteAllBytes(path, exporter.Render(form, format));
                cli.Out.WriteLine(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            cli.Error.WriteLine($"错误：无法写入“{outDir}”：{e.Message}");
            return ExitCodes.UnreadableInput;
        }
        return failed ? ExitCodes.UnreadableInput : ExitCodes.Ok;
    }

    // A form laid out in the chosen template of its kind: a declaration in a target table's header fields, columns and
    // framework; a 自评表 in a self-evaluation template's layout, scored with its pools. Other forms as they are.
    private static Project OnTemplate(Project p, JurisdictionTemplate? template) => template switch
    {
        null => p,
        { Kind: var k } when k.IsSelfEvaluation() => p.Evaluation is not null ? p with { TemplateId = template.Id } : p,
        _ => p.Evaluation is null && p.Form == FormKind.DistrictDeclaration ? p with { TemplateId = template.Id } : p,
    };

    // Two forms of the same name (e.g. one project in two files) must not overwrite each other.
    private static string Unique(string path, HashSet<string> written)
    {
        var candidate = path;
        for (var n = 2; !written.Add(candidate); n++)
            candidate = Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}-{n}{Path.GetExtension(path)}");
        return candidate;
    }
}

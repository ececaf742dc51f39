using Jixiao.Cli.Contract;
using Jixiao.Cli.Output;
using Jixiao.Documents;

namespace Jixiao.Cli.Commands;

/// <summary>Imports every file of a command line, with a progress bar, keeping failures as one-line errors.</summary>
public static class DocumentBatch
{
    public sealed record Result(IReadOnlyList<ImportedDocument> Documents, IReadOnlyList<FileErrorDto> Errors)
    {
        public int ExitCode => Errors.Count > 0 ? ExitCodes.UnreadableInput : ExitCodes.Ok;
    }

    public static Result Import(IReadOnlyList<string> files, CliContext cli, bool json)
    {
        var documents = new List<ImportedDocument>();
        var errors = new List<FileErrorDto>();
        using var progress = new ProgressBar(cli.Error, files.Count, cli.Interactive && !json);
        foreach (var file in files)
        {
            ImportOutcome outcome;
            try { outcome = DocumentImporter.ImportFile(file); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The importers never throw on content; this is the last line of defence so a batch always finishes.
                outcome = new ImportOutcome(null, $"“{Path.GetFileName(file)}”导入失败：{e.Message}");
            }
            if (outcome.Document is { } doc) documents.Add(doc);
            else errors.Add(new FileErrorDto(file, outcome.Error!));
            progress.Advance(Path.GetFileName(file));
        }
        foreach (var e in errors) cli.Error.WriteLine($"错误：{e.Message}");
        return new Result(documents, errors);
    }
}

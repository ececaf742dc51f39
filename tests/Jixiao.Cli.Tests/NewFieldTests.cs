using System.Text.Json;
using Jixiao.Data.Content;
using Jixiao.Documents;
using Jixiao.Documents.Export;
using Jixiao.Documents.OpenData;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Cli.Tests;

/// <summary>
/// A field added to a form definition (项目负责人 on the 2024 district 申报表, ADR-014) reaches every consumer with no other
/// change: the xlsx/docx/html/pdf export, the import of each exported file, storage, open data, the CLI JSON and the
/// version comparison. (The editor and the form view are checked in Jixiao.Web.Tests.)
/// </summary>
public class NewFieldTests
{
    private static readonly FieldDefinition? ProjectLead = DeclarationForms.District2024.Field("projectLead");

    private static Project Declared()
    {
        Assert.NotNull(ProjectLead);
        var seed = DocumentImporter.ImportFile(Cli.Seed("000")).Document!.Package.Projects[0];
        return ProjectLead.Write(seed, "张三");
    }

    [Fact]
    public void ProjectLead_IsPrintedInEveryExport_AndImportedBackFromIt()
    {
        var project = Declared();

        foreach (var renderer in FormRenderers.All())
        {
            var layout = FormLayouts.Declaration(project);
            var outcome = DocumentImporter.ImportBytes(layout.FileName + renderer.Format.Extension(), renderer.Render(layout));

            Assert.True(outcome.Success, $"{renderer.Format}: {outcome.Error}");
            var imported = Assert.Single(outcome.Document!.Package.Projects);
            Assert.Equal("张三", ProjectLead!.Text(imported));
            Assert.Empty(ProjectDiff.Compare(project, imported));
        }
    }

    [Fact]
    public void ProjectLead_IsStored_Published_InTheCliJson_AndCompared()
    {
        var project = Declared();

        var stored = DeclarationContentJson.ReadProject(DeclarationContentJson.Write(project));
        Assert.Equal("张三", ProjectLead!.Text(stored));

        using var open = JsonDocument.Parse(OpenDataJson.Targets([new ReleasedTargets(project, "上海市松江区科技创新服务中心", "Approved")]));
        Assert.Equal("张三", open.RootElement.GetProperty("projects")[0].GetProperty("fields").GetProperty("projectLead").GetString());

        var layout = FormLayouts.Declaration(project);
        var xlsx = Cli.TempFile(layout.FileName + ".xlsx", FormRenderers.All().Single(r => r.Format == ExportFormat.Xlsx).Render(layout));
        var run = Cli.Invoke("import", xlsx, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("张三", run.Json.GetProperty("documents")[0].GetProperty("projects")[0].GetProperty("fields").GetProperty("projectLead").GetString());

        Assert.Contains(new ProjectChange(ChangeKind.Changed, "项目负责人", "张三", "李四"), ProjectDiff.Compare(project, ProjectLead.Write(project, "李四")));
    }
}

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

    /// <summary>
    /// The named properties of the two published contracts (open data's `nature`, `funds.fiscalFunds`; the CLI's
    /// `funds.totalYuan`, `municipal.contactName`) are the definition's: every field it marks for a contract is there with
    /// its value, and nothing else is, so a field marked in the definition is published with no change to either contract.
    /// </summary>
    [Fact]
    public void PublishedNames_AreTheDefinitionsMarks_InOpenDataAndTheCliJson()
    {
        var municipal = DocumentImporter.ImportFile(Cli.Seed("002")).Document!.Package.Projects[0];
        var district = Declared();
        var fields = FormDefinitions.DeclarationFields(DeclarationForms.District2024).ToList();

        using var open = JsonDocument.Parse(OpenDataJson.Targets([new ReleasedTargets(district, "单位", "Approved")]));
        AssertPublished(open.RootElement.GetProperty("projects")[0], district, fields, f => f.OpenData, "templateId", "fields", "indicators");

        foreach (var (seed, project) in new[] { ("000", district), ("002", municipal) })
        {
            var run = Cli.Invoke("import", Cli.Seed(seed), "--json");
            var json = run.Json.GetProperty("documents")[0].GetProperty("projects")[0];
            var imported = DocumentImporter.ImportFile(Cli.Seed(seed)).Document!.Package.Projects[0];
            AssertPublished(json, imported, fields, f => f.CliJson, "form", "templateId", "year", "formNumber", "subProjects", "narrative",
                "indicators", "evaluation", "line", "fields");
        }
        // The `municipal` group is there only on the 2020 municipal form.
        Assert.Equal(JsonValueKind.Null, Cli.Invoke("import", Cli.Seed("000"), "--json").Json.GetProperty("documents")[0]
            .GetProperty("projects")[0].GetProperty("municipal").ValueKind);
    }

    /// <summary>A field marked for a contract after the fact (项目负责人 here) is written in its place with no contract change.</summary>
    [Fact]
    public void PublishedFields_AFieldMarkedInTheDefinition_IsWrittenWithNoContractChange()
    {
        var project = Declared();
        var marked = FormDefinitions.DeclarationFields(DeclarationForms.District2024)
            .Select(f => f == ProjectLead ? f with { OpenData = new PublishedName("projectLead"), CliJson = new PublishedName("leadName", "municipal") } : f)
            .ToList();

        var open = new System.Text.Json.JsonSerializerOptions(OpenDataJson.Options)
        {
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver { Modifiers = { PublishedFields.Inline(f => f.OpenData, marked) } },
        };
        var record = new OpenProjectV1(null, null, 2024, "Approved", 1, project.Name, project.TemplateId,
            PublishedFields.Of(project, f => f.OpenData, marked), FormDefinitions.Texts(project), []);
        using var written = JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(record, open));

        Assert.Equal("张三", written.RootElement.GetProperty("projectLead").GetString());
        Assert.Equal(project.ImplementingUnit, written.RootElement.GetProperty("implementingUnit").GetString());
        var cli = PublishedFields.Of(project, f => f.CliJson, marked);
        Assert.Equal("张三", Assert.IsAssignableFrom<IDictionary<string, object?>>(cli["municipal"])["leadName"]);
    }

    private static void AssertPublished(JsonElement json, Project project, List<FieldDefinition> fields, Func<FieldDefinition, PublishedName?> contract, params string[] others)
    {
        var expected = new HashSet<string>(others) { "id", "unit", "year", "state", "version", "name" };
        foreach (var f in fields)
        {
            if (contract(f) is not { } at) continue;
            expected.Add(at.Group ?? at.Name);
            var holder = at.Group is null ? json : json.GetProperty(at.Group);
            if (holder.ValueKind == JsonValueKind.Null) continue;
            var value = holder.GetProperty(at.Name);
            var read = f.Read(project);
            switch (f.Kind)
            {
                case FieldKind.Money: Assert.Equal(read.Money, value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal()); break;
                case FieldKind.Date: Assert.Equal(read.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), value.GetString()); break;
                case FieldKind.YesNo: Assert.Equal(read.YesNo, value.ValueKind == JsonValueKind.Null ? null : value.GetBoolean()); break;
                default: Assert.Equal(read.Text, value.GetString()); break;
            }
        }
        Assert.Subset(expected, json.EnumerateObject().Select(p => p.Name).ToHashSet());
        Assert.Contains(fields, f => contract(f) is not null);
    }
}

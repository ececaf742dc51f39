using Jixiao.Domain.Forms;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Tests.Templates;

/// <summary>The registry: same files give the same registry; a refused file changes nothing; a scope adds templates for its flow only.</summary>
public class TemplateRegistryTests
{
    [Fact]
    public void Build_SameFilesInAnyOrder_GivesTheSameRegistry()
    {
        TemplateSource A(string id) => new($"{id}.json", TemplateFiles.With(_ => { }, id));
        var (one, _) = TemplateRegistry.Build([A("X-1"), A("X-2"), A("X-3")]);
        var (two, _) = TemplateRegistry.Build([A("X-3"), A("X-1"), A("X-2")]);

        Assert.Equal(one!.Templates.Select(t => t.Id), two!.Templates.Select(t => t.Id));
        Assert.Equal(one.Forms.Select(f => f.Id), two.Forms.Select(f => f.Id));
        Assert.Equal(["X-1", "X-2", "X-3"], one.Templates.Where(t => t.Origin == TemplateOrigin.Directory).Select(t => t.Id));
    }

    [Fact]
    public void Build_AnIdAlreadyTaken_IsRefused_AndConfigureChangesNothing()
    {
        var before = TemplateRegistry.Current;

        var errors = TemplateRegistry.Configure([new("sichuan-copy.json", TemplateFiles.With(_ => { }, "SC-PROJ-SE")), new("sh.json", TemplateFiles.With(_ => { }, "SH-DIST-2024"))]);

        Assert.Equal(["sh.json", "sichuan-copy.json"], errors.Select(e => e.Source));
        Assert.Contains("已被模板文件“sichuan-project-selfeval.json”使用", errors[1].Message, StringComparison.Ordinal);
        Assert.Same(before, TemplateRegistry.Current);
    }

    [Fact]
    public void Use_AddsTheTemplatesForTheScopeOnly()
    {
        var (set, errors) = TemplateRegistry.Build([new("extra.json", TemplateFiles.With(_ => { }, "SCOPED-1"))]);
        Assert.Empty(errors);

        using (TemplateRegistry.Use(set!))
        {
            Assert.NotNull(FormDefinitions.ForTemplate("SCOPED-1"));
            Assert.Equal("SCOPED-1", RuleProfiles.Get("SCOPED-1@1").Id);
            Assert.Equal("SCOPED-1", TemplateCatalog.Get("SCOPED-1").Id);
        }

        Assert.Null(FormDefinitions.ForTemplate("SCOPED-1"));
        Assert.Throws<KeyNotFoundException>(() => RuleProfiles.Get("SCOPED-1"));
    }
}

using Jixiao.Cli.Contract;
using Jixiao.Cli.Output;
using Jixiao.Documents.Templates;
using Jixiao.Domain.Templates;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao templates list` and the `--templates DIR` option every command accepts (ADR-026).</summary>
public static class TemplatesCommand
{
    /// <summary>
    /// The registry with the templates of <paramref name="directory"/> (every `*.json` directly in it), or null after
    /// writing why each refused file was refused.
    /// </summary>
    public static TemplateSet? Load(string directory, CliContext cli)
    {
        var (set, errors) = TemplateDirectory.Load(directory);
        foreach (var e in errors) cli.Error.WriteLine($"错误：{e}");
        return set;
    }

    public static int List(bool json, CliContext cli)
    {
        var templates = TemplateRegistry.Current.Templates;
        if (json)
        {
            cli.Out.WriteLine(Json.Serialize(new TemplateListOutput(templates.Select(t =>
                new TemplateListItem(t.Id, t.Title, t.Jurisdiction, t.Kind.Token(), Origin(t.Origin), t.SourceName, t.Profile.Tag)).ToList())));
            return ExitCodes.Ok;
        }
        var table = new TextTable("编号", "表名", "地区", "表单类型", "来源", "评分规则");
        foreach (var t in templates)
            table.Add(t.Id, t.Title, t.Jurisdiction, t.Kind.DisplayName(), OriginName(t), t.Profile.Tag);
        cli.Out.Write(table.ToString());
        cli.Out.WriteLine($"共 {templates.Count} 个模板。");
        return ExitCodes.Ok;
    }

    private static string Origin(TemplateOrigin origin) => origin switch
    {
        TemplateOrigin.BuiltIn => "builtIn",
        TemplateOrigin.Shipped => "shipped",
        _ => "directory",
    };

    private static string OriginName(JurisdictionTemplate t) => t.Origin switch
    {
        TemplateOrigin.BuiltIn => "系统内置",
        TemplateOrigin.Shipped => "随系统提供",
        _ => $"模板目录（{t.SourceName}）",
    };
}

/// <summary>`jixiao templates list --json`.</summary>
public sealed record TemplateListOutput(IReadOnlyList<TemplateListItem> Templates);

public sealed record TemplateListItem(string Id, string Title, string Jurisdiction, string Kind, string Origin, string? File, string Profile);

using System.Text.Json;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Data.Content;

/// <summary>
/// The JSON of <c>DeclarationVersion.Content</c>: written as <see cref="DeclarationContent"/> (schema 2, header fields as
/// key → original text); schema 1 (one property per field, <see cref="SchemaOneContent"/>) is still read, so stored
/// versions need no data migration.
/// </summary>
public static class DeclarationContentJson
{
    public static string Write(DeclarationContent content) => JsonSerializer.Serialize(content, ContentJson.Options);

    /// <summary>The stored JSON of <paramref name="project"/>.</summary>
    public static string Write(Project project) => Write(DeclarationContent.FromProject(project));

    /// <summary>The stored project, each target parsed once.</summary>
    public static Project ReadProject(string json) => Read(json).ToProject(t => TargetParser.Parse(t));

    public static DeclarationContent Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var version = ContentJson.SchemaVersion(root);
        if (version >= DeclarationContent.CurrentSchemaVersion)
            return root.Deserialize<DeclarationContent>(ContentJson.Options) ?? throw new JsonException("空的项目内容。");
        var v1 = root.Deserialize<SchemaOneContent>(ContentJson.Options) ?? throw new JsonException("空的项目内容。");
        return DeclarationContent.FromProject(v1.ToDomain(t => TargetParser.Parse(t)));
    }
}

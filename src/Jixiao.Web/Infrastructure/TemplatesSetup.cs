using Jixiao.Documents.Templates;
using Jixiao.Domain.Templates;

namespace Jixiao.Web.Infrastructure;

/// <summary>
/// Reads the administrator's templates directory (`Jixiao:TemplatesDirectory`) into the registry once at start-up
/// (ADR-026): every node given the same files has the same templates. A refused file stops the start with its reasons.
/// </summary>
public static class TemplatesSetup
{
    public const string DirectoryKey = "Jixiao:TemplatesDirectory";

    public static void ConfigureJixiaoTemplates(this IConfiguration configuration)
    {
        if (configuration[DirectoryKey] is not { Length: > 0 } directory) return;
        var (set, errors) = TemplateDirectory.Load(directory);
        if (set is null) throw new InvalidOperationException($"表单模板未能载入（{DirectoryKey}）：{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        TemplateRegistry.Configure(set);
    }
}

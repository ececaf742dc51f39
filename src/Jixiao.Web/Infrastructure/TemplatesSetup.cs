using Jixiao.Documents.Templates;
using Jixiao.Domain.Templates;

namespace Jixiao.Web.Infrastructure;

/// <summary>The templates this application serves with: built-in, shipped and its templates directory's (ADR-026, ADR-032).</summary>
public sealed record AppTemplates(TemplateSet Set);

/// <summary>
/// Reads the administrator's templates directory (`Jixiao:TemplatesDirectory`) once at start-up (ADR-026): every node
/// given the same files has the same templates. A refused file stops the start with its reasons. The set is this
/// application's, used for each request and job (<see cref="TemplateRegistry.Use"/>), so two applications in one
/// process (tests) never see each other's templates.
/// </summary>
public static class TemplatesSetup
{
    public const string DirectoryKey = "Jixiao:TemplatesDirectory";

    public static void AddJixiaoTemplates(this IServiceCollection services, IConfiguration configuration)
    {
        var set = TemplateRegistry.Current;
        if (configuration[DirectoryKey] is { Length: > 0 } directory)
        {
            var (loaded, errors) = TemplateDirectory.Load(directory);
            set = loaded ?? throw new InvalidOperationException($"表单模板未能载入（{DirectoryKey}）：{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
        services.AddSingleton(new AppTemplates(set));
    }

    /// <summary>Every request runs with the application's templates.</summary>
    public static void UseJixiaoTemplates(this IApplicationBuilder app)
    {
        var set = app.ApplicationServices.GetRequiredService<AppTemplates>().Set;
        app.Use(async (context, next) =>
        {
            using (TemplateRegistry.Use(set)) await next(context);
        });
    }

    /// <summary>Runs <paramref name="work"/> (start-up seeding, a background job) with the application's templates.</summary>
    public static IDisposable UseTemplates(this IServiceProvider services) =>
        TemplateRegistry.Use(services.GetRequiredService<AppTemplates>().Set);
}

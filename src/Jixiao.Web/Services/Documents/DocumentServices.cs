using Jixiao.Documents.Export;

namespace Jixiao.Web.Services.Documents;

public static class DocumentServices
{
    /// <summary>Export, import and the document jobs; renderers are every <see cref="IFormRenderer"/> the library ships.</summary>
    public static IServiceCollection AddJixiaoDocuments(this IServiceCollection services)
    {
        foreach (var renderer in FormRenderers.All()) services.AddSingleton(renderer);
        services.AddSingleton<FormExporter>();
        services.AddScoped<FormSource>();
        services.AddScoped<FormExportService>();
        services.AddScoped<StoredFiles>();
        services.AddScoped<DocumentUnits>();
        services.AddScoped<ImportPlanner>();
        services.AddScoped<DocumentImportService>();
        services.AddScoped<JobIdentity>();
        services.AddScoped<BulkExportJob>();
        services.AddScoped<BulkImportJob>();
        return services;
    }
}

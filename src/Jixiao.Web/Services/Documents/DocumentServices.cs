using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Pdf;

namespace Jixiao.Web.Services.Documents;

public static class DocumentServices
{
    /// <summary>Export, import and the document jobs; renderers are every <see cref="IFormRenderer"/> the library ships.</summary>
    public static IServiceCollection AddJixiaoDocuments(this IServiceCollection services)
    {
        foreach (var renderer in FormRenderers.Stateless()) services.AddSingleton(renderer);
        // One warm chromium for the app's lifetime (ADR-050): made by the container so the container stops it at shutdown.
        services.AddSingleton(sp => new PdfRenderer(PdfOptions(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton<IFormRenderer>(sp => sp.GetRequiredService<PdfRenderer>());
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

    /// <summary>The environment's chromium; `Pdf:Concurrency` (or `JIXIAO_PDF_CONCURRENCY`) prints at once.</summary>
    private static PdfRenderOptions PdfOptions(IConfiguration configuration)
    {
        var options = PdfRenderOptions.FromEnvironment();
        return configuration.GetValue<int?>("Pdf:Concurrency") is { } concurrency ? options with { Concurrency = concurrency } : options;
    }
}

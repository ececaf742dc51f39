namespace Jixiao.Web.Services.ResultsApplied;

/// <summary>结果应用's services: the view beside the declaration and the sources of last year's results, in the rule's order.</summary>
public static class ResultsAppliedSetup
{
    public static IServiceCollection AddResultsApplied(this IServiceCollection services)
    {
        services.AddScoped<LastYearResultsService>();
        services.AddScoped<IPriorYearResultsSource, ReReviewResultsSource>();
        services.AddScoped<IPriorYearResultsSource, EvaluationResultsSource>();
        services.AddScoped<IPriorYearResultsSource, RectificationResultsSource>();
        return services;
    }
}

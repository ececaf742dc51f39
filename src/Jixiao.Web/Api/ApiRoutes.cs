using Jixiao.Web.Infrastructure;

namespace Jixiao.Web.Api;

public static class ApiRoutes
{
    /// <summary>All endpoints live under /api/v1 and require a signed-in user unless marked otherwise.</summary>
    public static IEndpointRouteBuilder MapJixiaoApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").RequireAuthorization();
        v1.MapAccountApi();
        v1.MapAntiforgeryApi();
        v1.MapOrganizationsApi();
        v1.MapProjectsApi();
        v1.MapTargetsApi();
        v1.MapJobsApi();
        v1.MapIndicatorLibraryApi();
        v1.MapAnalysisApi();
        v1.MapDisclosureApi();
        v1.MapSelfEvaluationApi();
        v1.MapMonitoringApi();
        v1.MapDocumentsApi();
        v1.MapImportsApi();
        v1.MapOpenDataApi();
        v1.MapAuditApi();
        v1.MapAttachmentsApi();
        v1.MapClosingLoopApi();
        v1.MapDepartmentsApi();
        v1.MapEvaluationsApi();
        v1.MapReReviewApi();
        return app;
    }
}

using Jixiao.Data;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Api;

public static class JobsApi
{
    public sealed record RescoreRequest(int Year, string? Profile);
    public sealed record JobDto(Guid Id, string Kind, string State, int Progress, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, string? Result, string? Error);

    public static void MapJobsApi(this RouteGroupBuilder v1)
    {
        var g = v1.MapGroup("/jobs").WithTags("后台任务");

        g.MapPost("/rescore", async Task<Results<Accepted<JobDto>, ProblemHttpResult>> (RescoreRequest request, JobQueue queue, JixiaoDbContext db, CancellationToken ct) =>
        {
            if (request.Profile is { } name && !RuleProfiles.All.Any(p => p.Id == name))
                return TypedResults.Problem(title: "无效的评分规则", detail: $"未知的评分规则“{name}”。", statusCode: 400);
            var id = await queue.EnqueueAsync(RescoreYearJob.Kind, System.Text.Json.JsonSerializer.Serialize(request, ApiJson.Options), ct);
            var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
            return TypedResults.Accepted($"/api/v1/jobs/{id}", ToDto(job));
        }).RequireAuthorization(p => p.RequireRoles(Role.FinanceAdmin, Role.FinanceReviewer)).WithName("RescoreYear").WithSummary("按年度重新计算全部自评得分（后台任务）");

        // A job with an owner (document exports and imports) is visible to its owner only; the others to finance.
        g.MapGet("/{id:guid}", async Task<Results<Ok<JobDto>, NotFound>> (Guid id, JixiaoDbContext db, CurrentUser me, CancellationToken ct) =>
            await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct) is { } job
                && (Services.Documents.JobIdentity.OwnerOf(job.Payload) is { } owner ? owner == me.UserId : me.IsFinance)
                ? TypedResults.Ok(ToDto(job)) : TypedResults.NotFound())
         .WithName("GetJob").WithSummary("后台任务状态与进度");
    }

    internal static JobDto ToDto(Data.Entities.JobEntity j) =>
        new(j.Id, j.Kind, j.State.ToString(), j.Progress, j.Attempts, j.CreatedAt, j.CompletedAt, j.Result, j.Error);
}

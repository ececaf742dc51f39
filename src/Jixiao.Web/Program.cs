using System.Text.Encodings.Web;
using System.Text.Unicode;
using Jixiao.Data.Entities;
using Jixiao.Web.Api;
using Jixiao.Web.Auth;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Infrastructure.Telemetry;
using Jixiao.Web.Services.Documents;
using Jixiao.Web.Services.Jobs;
using Microsoft.AspNetCore.Identity;
using Scalar.AspNetCore;

var noDemo = args.Contains("--no-demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--no-demo").ToArray());

builder.Services.AddJixiaoTemplates(builder.Configuration);
builder.Services.AddJixiaoDatabase(builder.Configuration, builder.Environment);
builder.Services.AddJixiaoIdentity();
builder.Services.AddJixiaoDataProtection(builder.Configuration, builder.Environment);
builder.Services.AddJixiaoSessions();
builder.Services.AddJixiaoHttps(builder.Configuration);
builder.Services.AddScoped<IUserClaimsPrincipalFactory<AppUser>, JixiaoClaimsFactory>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<CurrentUser>();
builder.Services.AddScoped<Seeder>();
builder.Services.AddScoped<Jixiao.Web.Services.AuditLog>();
builder.Services.AddScoped<Jixiao.Web.Services.TemplateAssignments>();
builder.Services.AddScoped<Jixiao.Web.Services.ConflictExplainer>();
builder.Services.AddScoped<Jixiao.Web.Services.Forms.FormCommands>();
builder.Services.AddScoped<Jixiao.Web.Services.ReviewCommentAnswers>();
builder.Services.AddExceptionHandler<Jixiao.Web.Infrastructure.StoreRefusalHandler>();
builder.Services.AddScoped<Jixiao.Web.Services.AuditTrail>();
builder.Services.AddScoped<Jixiao.Web.Services.LintRuleSettings>();
builder.Services.AddScoped<Jixiao.Web.Services.FindingReviews>();
builder.Services.AddScoped<Jixiao.Web.Services.RuleQuality>();
builder.Services.AddScoped<Jixiao.Web.Services.ProjectService>();
builder.Services.AddSingleton<Jixiao.Web.Services.ProjectModelCache>();
builder.Services.AddScoped<Jixiao.Web.Services.DemoDistrict>();
builder.Services.AddScoped<Jixiao.Web.Services.DemoClosingLoop>();
builder.Services.AddScoped<Jixiao.Web.Services.DemoDepartmentSelfEvaluation>();
builder.Services.AddScoped<Jixiao.Web.Services.DepartmentRollUps>();
builder.Services.AddScoped<Jixiao.Web.Services.DepartmentForms>();
builder.Services.AddScoped<Jixiao.Web.Services.DeclarationService>();
builder.Services.AddScoped<Jixiao.Web.Services.ExAnteAssessments>();
Jixiao.Web.Services.ResultsApplied.ResultsAppliedSetup.AddResultsApplied(builder.Services);
builder.Services.AddScoped<Jixiao.Web.Services.BatchTransitions>();
builder.Services.AddScoped<Jixiao.Web.Services.Notifications.Notifier>();
builder.Services.AddScoped<Jixiao.Web.Services.Notifications.Inbox>();
builder.Services.AddScoped<Jixiao.Web.Services.Notifications.DeadlineReminderJob>();
builder.Services.AddScoped<Jixiao.Web.Services.Notifications.RectificationOverdueJob>();
builder.Services.AddScoped<Jixiao.Web.Services.Notifications.DeadlineReminderSchedule>();
builder.Services.Configure<Jixiao.Web.Services.Mail.SmtpSettings>(builder.Configuration.GetSection(Jixiao.Web.Services.Mail.SmtpSettings.Section));
builder.Services.AddScoped<Jixiao.Web.Services.Mail.MailSender>();
builder.Services.AddScoped<Jixiao.Web.Services.Mail.NoticeEmailJob>();
builder.Services.AddScoped<Jixiao.Web.Services.IndicatorLibrary>();
builder.Services.AddScoped<Jixiao.Web.Services.IndicatorListing>();
builder.Services.AddScoped<Jixiao.Web.Services.AnalysisService>();
builder.Services.AddSingleton<Jixiao.Web.Infrastructure.WarmUpRun>();
builder.Services.AddScoped<Jixiao.Web.Services.RescoreYearJob>();
builder.Services.AddJixiaoJobs(builder.Configuration, builder.Environment);
builder.Services.AddJixiaoHealthChecks();
builder.Services.AddJixiaoTelemetry(builder.Configuration);
// Every log line written while a request (or a traced job) runs carries its trace id: the request id users see (ADR-055).
builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
// The JSON log keeps Chinese messages readable (the default encoder writes every CJK character as \uXXXX).
builder.Services.Configure<Microsoft.Extensions.Logging.Console.JsonConsoleFormatterOptions>(o =>
    o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
builder.Services.AddScoped<Jixiao.Web.Services.DisclosureService>();
builder.Services.AddScoped<Jixiao.Web.Services.SelfEvaluationService>();
builder.Services.AddScoped<Jixiao.Web.Services.ReReview.ReReviewService>();
builder.Services.AddScoped<Jixiao.Web.Services.ReReview.RectificationService>();
builder.Services.AddScoped<Jixiao.Web.Services.ReReview.RectificationListExport>();
builder.Services.AddSingleton(Jixiao.Web.Services.SelfEvaluationDefinition.Default);
builder.Services.AddScoped<Jixiao.Web.Services.FormAttachmentService>();
builder.Services.AddScoped<Jixiao.Web.Services.MonitoringService>();
builder.Services.AddScoped<Jixiao.Web.Services.Evaluations.ExternalEvaluationService>();
builder.Services.AddScoped<Jixiao.Web.Services.Evaluations.EvaluationResults>();
builder.Services.AddScoped<Jixiao.Web.Services.OpenDataService>();
builder.Services.AddScoped<Jixiao.Web.Services.DeadlineCalendar>();
builder.Services.AddJixiaoDocuments();
builder.Services.AddJixiaoTextHygiene();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)); // keep Chinese readable in the HTML source
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
{
    // Problem details speak Chinese like the rest of the UI; a specific title set by an endpoint is kept.
    ctx.ProblemDetails.Title = ctx.ProblemDetails.Status switch
    {
        StatusCodes.Status400BadRequest when ctx.ProblemDetails.Title is null or "Bad Request" => "请求无效",
        StatusCodes.Status401Unauthorized => "请先登录",
        StatusCodes.Status403Forbidden => "无权执行此操作",
        StatusCodes.Status404NotFound => "未找到或无权访问",
        StatusCodes.Status405MethodNotAllowed => "不支持的请求方法",
        StatusCodes.Status409Conflict when ctx.ProblemDetails.Title is null or "Conflict" => "数据冲突",
        StatusCodes.Status413PayloadTooLarge => "请求内容过大",
        StatusCodes.Status500InternalServerError => "服务器内部错误",
        _ => ctx.ProblemDetails.Title,
    };
});
// No `servers` entry: by default it echoes the request's Host, which a client may forge; clients use the document's origin.
builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
{
    doc.Servers?.Clear();
    return Task.CompletedTask;
}));
builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeFolder("/");
    o.Conventions.AllowAnonymousToFolder("/Account");
    o.Conventions.AllowAnonymousToFolder("/Public");
});
builder.Services.AddAuthorization();
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = RequestLimits.MaxUploadBytes);

var app = builder.Build();
_ = app.Services.GetRequiredService<JixiaoMetrics>(); // the queue gauges exist from the start, not from the first job

await DatabaseSetup.MigrateAsync(app.Services);
await DataProtectionSetup.PrepareAsync(app.Services);
using (app.Services.UseTemplates())
await using (var scope = app.Services.CreateAsyncScope())
    await scope.ServiceProvider.GetRequiredService<Seeder>().SeedAsync(demo: !noDemo && !app.Configuration.GetValue<bool>("Demo:Disabled"));

app.UseRequestIds();
app.UseJixiaoTemplates();
app.UseJixiaoHttps(app.Configuration);
app.UseErrorPages(handleExceptions: !app.Environment.IsDevelopment());
app.UseSecurityHeaders();
app.UseApiDocsPolicy();
app.UseRequestLimits();
app.UseFormNulCleaning();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UsePasswordChangeGate();
app.UseAuthorization();
app.UseApiAntiforgery();

// The API reference is for signed-in users (README): the document lists every route and its schema.
app.MapOpenApi("/api/openapi/{documentName}.json").RequireAuthorization();
// Chinese title and locale; the vendor's chrome that is no part of our API ("Ask AI", the developer toolbar with its
// "Deploy" offer, telemetry) is switched off.
app.MapScalarApiReference("/api/docs", o =>
    {
        o.WithTitle("接口文档 · 预算绩效管理").WithOpenApiRoutePattern("/api/openapi/{documentName}.json").DisableDefaultFonts();
        o.Agent = new ScalarAgentOptions { Disabled = true };
        o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
        o.DotNetFlag = false;
        o.Telemetry = false;
        o.Localization = new ScalarLocalizationOptions { Locale = "zh-CN" };
    })
    .RequireAuthorization();
app.MapJixiaoApi();
app.MapJixiaoHealthChecks();
app.MapRazorPages();
app.UseEndpoints(_ => { }); // ends the pipeline the warm-up builds too (the host would add it only to its own)

WarmUp.StartAfterReady(app); // in the background: ready does not wait for it (ADR-067)
app.Run();

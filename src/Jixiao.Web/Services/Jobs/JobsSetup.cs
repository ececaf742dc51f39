using Jixiao.Data;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Services.Notifications;
using Quartz;

namespace Jixiao.Web.Services.Jobs;

/// <summary>
/// Quartz.NET on the application's own database (ADR-052): a clustered persistent store on PostgreSQL, so every node
/// runs any job and none keeps state of its own, or a persistent store in the SQLite file of the one-node default. Quartz creates
/// its own tables (its scripts, <c>QRTZ_</c> prefix) when the scheduler first starts on a database.
/// </summary>
public static class JobsSetup
{
    /// <summary>The group of the recurring schedules (the records' jobs are in <see cref="JobQueue.Group"/>).</summary>
    public const string ScheduleGroup = "schedules";

    public static IServiceCollection AddJixiaoJobs(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var (provider, connectionString) = DatabaseSetup.Store(config, env);
        services.AddScoped<JobQueue>();
        services.AddScoped<JobRecords>();
        services.AddSingleton<RetryPolicies>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                // Unique per process (the cluster requires it); host and process id say which node ran a job.
                o.InstanceId = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";
            });
            q.UseDefaultThreadPool(config.GetValue("Jixiao:Jobs:Threads", 4));
            q.UsePersistentStore(s =>
            {
                // Several nodes need PostgreSQL (a clustered store); SQLite is the one-node embedded default, which
                // Quartz refuses to cluster (file locking), and its store still keeps jobs across a restart.
                if (provider is DatabaseProvider.Postgres or "postgresql" or "npgsql")
                {
                    s.UsePostgres(connectionString);
                    s.UseClustering();
                }
                else s.UseSqlite(connectionString);
                s.UseSystemTextJsonSerializer();
                s.ProvisionSchema();
            });
            q.AddJobType<RecordedJob>();
            // The relay: often enough that an e-mail leaves within seconds of its notice; a missed firing is skipped.
            q.ScheduleJob<JobRelay>(
                t => t.WithIdentity(JobRelay.Key.Name, ScheduleGroup).StartNow()
                    .WithSimpleSchedule(b => b.WithInterval(TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Jixiao:Jobs:RelaySeconds", 5))))
                        .RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)),
                j => j.WithIdentity(JobRelay.Key));
            var cron = config["Jixiao:Notifications:ReminderCron"] ?? DeadlineReminderSchedule.DefaultCron;
            q.ScheduleJob<DeadlineReminderSchedule>(
                t => t.WithIdentity(DeadlineReminderSchedule.Key.Name, ScheduleGroup)
                    .WithCronSchedule(cron, b => b.InTimeZone(ChinaTime).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                j => j.WithIdentity(DeadlineReminderSchedule.Key));
            q.ScheduleJob<RectificationOverdueSchedule>(
                t => t.WithIdentity(RectificationOverdueSchedule.Key.Name, ScheduleGroup)
                    .WithCronSchedule(config["Jixiao:Notifications:RectificationCron"] ?? cron,
                        b => b.InTimeZone(ChinaTime).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                j => j.WithIdentity(RectificationOverdueSchedule.Key));
        });
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            // A node may serve requests a while before it fires jobs (the jobs wait in the store meanwhile).
            o.StartDelay = TimeSpan.FromSeconds(Math.Max(0, config.GetValue("Jixiao:Jobs:StartDelaySeconds", 0)));
        });
        return services;
    }

    private static TimeZoneInfo ChinaTime =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone) ? zone : TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST");
}

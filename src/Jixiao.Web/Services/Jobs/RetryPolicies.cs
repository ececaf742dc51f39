using Microsoft.Extensions.Options;
using Quartz;

namespace Jixiao.Web.Services.Jobs;

/// <summary>
/// How the scheduler retries a failed job, by kind. An e-mail waits and tries again (a mail server that is down is
/// usually back later: <c>Jixiao:Smtp:RetryMinutes</c>); every other job fails at once with its reason, for the
/// administrator to retry once the cause is fixed (an import of a broken file does not mend itself).
/// </summary>
public sealed class RetryPolicies(IOptions<Mail.SmtpSettings> smtp)
{
    public RetryPolicy For(string kind) =>
        kind == Mail.NoticeEmailJob.Kind && smtp.Value.RetryMinutes is { Length: > 0 } minutes
            ? RetryPolicy.Explicit(minutes.Select(m => TimeSpan.FromMinutes(m)).ToList())
            : RetryPolicy.None;
}

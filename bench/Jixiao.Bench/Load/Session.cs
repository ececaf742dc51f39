using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Bench.Load;

/// <summary>
/// One person in a browser on the running app: a cookie jar, no automatic redirects (a 302 to the login page is an
/// error, never a silently followed page), and the timing of every request. Subclasses are the roles of the
/// deadline-week mix; each names its steps (<see cref="Steps"/>) and <see cref="ActAsync"/> picks one by weight.
/// </summary>
public abstract partial class Session(Uri baseUri, string role, int seed) : IDisposable
{
    protected HttpClient Http { get; } = new(new SocketsHttpHandler
    {
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };

    protected Random Rng { get; } = new(seed);

    /// <summary>The role's prefix of every sample kind: unit, dept, finance, public, me.</summary>
    public string Role => role;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>What this role does, each step with its share of the mix; a step returns the samples it took.</summary>
    public abstract IReadOnlyList<Step> Steps { get; }

    public sealed record Step(string Name, int Weight, Func<CancellationToken, Task<IReadOnlyList<Sample>>> Run);

    /// <summary>One action of the mix: a step drawn by weight.</summary>
    public Task<IReadOnlyList<Sample>> ActAsync(CancellationToken ct)
    {
        var steps = Steps;
        var roll = Rng.Next(steps.Sum(s => s.Weight));
        foreach (var step in steps)
        {
            if (roll < step.Weight) return step.Run(ct);
            roll -= step.Weight;
        }
        return steps[^1].Run(ct);
    }

    /// <summary>Signs in (or, for an anonymous reader, opens the first page); the sample is the login's.</summary>
    public abstract Task<Sample> LoginAsync(CancellationToken ct);

    public Task<Sample> TrivialAsync(CancellationToken ct) => GetAsync("me", "/api/v1/me", ct);

    /// <summary>Signs in through the login page as a person does: the form's antiforgery token, then the post.</summary>
    protected async Task<Sample> SignInAsync(string userName, string password, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var page = await Http.GetStringAsync("/Account/Login", ct);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
            });
            using var answer = await Http.PostAsync("/Account/Login", form, ct);
            return new Sample($"{role}.login", Stopwatch.GetElapsedTime(started).TotalMilliseconds, answer.StatusCode == HttpStatusCode.Redirect,
                (int)answer.StatusCode, started, Write: true);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Sample($"{role}.login", Stopwatch.GetElapsedTime(started).TotalMilliseconds, false, 0, started, Write: true);
        }
    }

    /// <summary>A GET that must answer 200; <paramref name="body"/> receives the text when it did.</summary>
    protected Task<Sample> GetAsync(string step, string url, CancellationToken ct, Action<string>? body = null) =>
        TimedAsync(step, () => Http.GetAsync(url, ct), body, HttpStatusCode.OK);

    /// <summary>
    /// Times one request to the end of its body and checks the status against <paramref name="expected"/>.
    /// <paramref name="body"/> gets the text of an expected answer (for the next step's links and ids).
    /// </summary>
    protected async Task<Sample> TimedAsync(string step, Func<Task<HttpResponseMessage>> send, Action<string>? body, params HttpStatusCode[] expected)
    {
        var started = Stopwatch.GetTimestamp();
        // GET /api/v1/me is the yardstick of every role alike: one kind, whoever asks.
        var kind = step == "me" ? "me" : $"{role}.{step}";
        try
        {
            using var answer = await send();
            var bytes = await answer.Content.ReadAsByteArrayAsync();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var ok = expected.Contains(answer.StatusCode);
            if (ok && body is not null) body(System.Text.Encoding.UTF8.GetString(bytes));
            var write = answer.RequestMessage?.Method is { } m && m != HttpMethod.Get;
            return new Sample(kind, ms, ok, (int)answer.StatusCode, started, bytes.Length, write);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Sample(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds, false, 0, started);
        }
    }

    public void Dispose()
    {
        Http.Dispose();
        GC.SuppressFinalize(this);
    }
}

using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Services;

/// <summary>A deadline of the budget calendar (申报, 审核, 监控, 自评 …), configured per year under `Deadlines`.</summary>
public sealed record Deadline(string Name, DateOnly Due, IReadOnlyList<Role> Roles)
{
    public int DaysLeft(DateOnly today) => Due.DayNumber - today.DayNumber;
}

/// <summary>The deadlines that concern a role, soonest first, read from configuration (no code change per year).</summary>
public sealed class DeadlineCalendar(IConfiguration config)
{
    private sealed record Entry(string Name, DateOnly Due, Role[]? Roles);

    public IReadOnlyList<Deadline> For(Role? role) =>
        (config.GetSection("Deadlines").Get<Entry[]>() ?? [])
            .Where(e => role is { } r && (e.Roles is null || e.Roles.Length == 0 || e.Roles.Contains(r)))
            .Select(e => new Deadline(e.Name, e.Due, e.Roles ?? []))
            .OrderBy(d => d.Due)
            .ToList();
}

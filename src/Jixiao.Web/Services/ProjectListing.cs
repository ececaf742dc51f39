using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Paging;

namespace Jixiao.Web.Services;

/// <summary>
/// What a project list may be narrowed to (all optional, combined with AND) and in which order it is shown: the
/// same filter for the /Projects page and GET /api/v1/projects, applied inside the user's scope.
/// </summary>
public sealed record ProjectListFilter(
    int? Year = null, string? Q = null, FormState? State = null, int? UnitId = null, int? DepartmentId = null, string? Sort = null,
    string? Category = null, string? Nature = null, Domain.Scoring.Grade? LastGrade = null, bool OpenRectifications = false)
{
    /// <summary>The 项目类别 the filter offers: every form's choices for the field (the editor offers the same lists).</summary>
    public static IReadOnlyList<string> CategoryChoices => ChoicesOf("category");

    /// <summary>The 项目性质 the filter offers.</summary>
    public static IReadOnlyList<string> NatureChoices => ChoicesOf("nature");

    private static List<string> ChoicesOf(string key) => Domain.Forms.FormDefinitions.All
        .SelectMany(d => d.Fields).Where(f => f.Key == key).SelectMany(f => f.Choices).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Longest search text taken; a longer one is cut (a search box, not a document).</summary>
    public const int MaxQueryLength = 100;

    public string? Query => string.IsNullOrWhiteSpace(Q) ? null : Domain.Text.TextHygiene.Clean(Q).Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, MaxQueryLength)] : null;

    public KeysetOrder<ProjectEntity> Order => ProjectOrders.Named(Sort);
}

/// <summary>The orders a project list offers, each ending on the id so ties (same unit, year and name) page exactly once.</summary>
public static class ProjectOrders
{
    public static readonly KeysetOrder<ProjectEntity> ByUnit = KeysetOrder<ProjectEntity>.By("unit", p => p.Unit!.Name)
        .ThenByDescending(p => p.Year).ThenBy(p => p.Name).ThenBy(p => p.Id);

    public static readonly KeysetOrder<ProjectEntity> ByName = KeysetOrder<ProjectEntity>.By("name", p => p.Name)
        .ThenBy(p => p.Unit!.Name).ThenBy(p => p.Id);

    public static readonly KeysetOrder<ProjectEntity> ByYear = KeysetOrder<ProjectEntity>.ByDescending("year", p => p.Year)
        .ThenBy(p => p.Unit!.Name).ThenBy(p => p.Name).ThenBy(p => p.Id);

    public static readonly KeysetOrder<ProjectEntity> Newest = KeysetOrder<ProjectEntity>.ByDescending("new", p => p.CreatedAt)
        .ThenByDescending(p => p.Id);

    /// <summary>The choices of the 排序 select, in the order shown (value, Chinese label).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Choices =
    [
        ("unit", "按单位"), ("name", "按项目名称"), ("year", "按年度（新到旧）"), ("new", "按创建时间（新到旧）"),
        (LastGrade, "按上年绩效等级（差在前）"), (OpenRectifications, "按上年未销号整改（多在前）"),
    ];

    /// <summary>
    /// The 结果应用 orders (ADR-060): by last year's grade that counts, 差 first, and by last year's rectification items not
    /// yet 已销号, most first; built by <see cref="ProjectService.OrderOf"/> (they read other tables, ResultsApplied.LastYearQuery).
    /// </summary>
    public const string LastGrade = "grade";

    /// <inheritdoc cref="LastGrade"/>
    public const string OpenRectifications = "rectification";

    public static KeysetOrder<ProjectEntity> Named(string? name) => name switch
    {
        "name" => ByName,
        "year" => ByYear,
        "new" => Newest,
        _ => ByUnit,
    };
}

using Jixiao.Domain.Bounds;

namespace Jixiao.Web.Services;

/// <summary>
/// How the web answers figures outside Bounds.ValueRanges: one Chinese sentence for pages and problem details, and
/// the RFC 7807 validation problem (400) of the API with each message under its field key.
/// </summary>
public static class ValueRefusal
{
    public const string Title = "数值超出允许范围";

    /// <summary>`以下数值超出允许范围，未保存：项目资金总额“…”不能超过 …。`</summary>
    public static string Summary(IReadOnlyList<ValueViolation> violations) =>
        "以下数值超出允许范围，未保存：" + string.Join("", violations.Select(v => v.Message));

    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Problem(IReadOnlyList<ValueViolation> violations) =>
        TypedResults.ValidationProblem(
            violations.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()),
            detail: Summary(violations), title: Title);
}

using Jixiao.Domain.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// A 400 validation problem naming every field longer than <see cref="Domain.Text.TextLimits"/> allows: `errors` keyed
/// by the field's place in the form (for clients), `detail` the Chinese messages the editor shows.
/// </summary>
public static class TextLimitProblems
{
    public const string Title = "内容过长";

    /// <summary>`未保存：第 2 行指标“培训人次”：“偏差原因分析”最多 20,000 个字符，现有 25,000 个。`</summary>
    public static string Summary(IReadOnlyList<TextLimitViolation> violations) =>
        "未保存：" + string.Join("；", violations.Select(v => v.Message));

    public static ValidationProblem Problem(IReadOnlyList<TextLimitViolation> violations) =>
        TypedResults.ValidationProblem(
            violations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()),
            detail: Summary(violations), title: Title);
}

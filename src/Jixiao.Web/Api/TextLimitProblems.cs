using Jixiao.Domain.Projects;

namespace Jixiao.Web.Api;

/// <summary>
/// A 400 validation problem naming every field longer than <see cref="Domain.Text.TextLimits"/> allows: `errors` keyed
/// by the field's place in the form (for clients), `detail` the Chinese messages the editor shows.
/// </summary>
public static class TextLimitProblems
{
    public static IResult Problem(IReadOnlyList<TextLimitViolation> violations) =>
        TypedResults.ValidationProblem(
            violations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()),
            detail: "未保存：" + string.Join("；", violations.Select(v => v.Message)),
            title: "内容过长");
}

using Jixiao.Domain.Scoring;

namespace Jixiao.Web.Api;

/// <summary>The project list's 结果应用 filters as the API takes them (ADR-060), each refused in Chinese when it names nothing.</summary>
public static class ResultsAppliedFilter
{
    /// <summary>
    /// False with the 400 answer when <paramref name="lastGrade"/> names no grade or <paramref name="openRectifications"/>
    /// is neither true nor false; empty ones filter nothing.
    /// </summary>
    public static bool TryParse(string? lastGrade, string? openRectifications, out Grade? grade, out bool open, out IResult? refusal)
    {
        (grade, open, refusal) = (null, false, null);
        if (!string.IsNullOrWhiteSpace(lastGrade))
        {
            if (!Enum.TryParse<Grade>(lastGrade, ignoreCase: true, out var parsed) || int.TryParse(lastGrade, out _))
            {
                refusal = TypedResults.Problem(title: "筛选条件无效", detail: $"不支持的上年绩效等级“{lastGrade}”。", statusCode: 400);
                return false;
            }
            grade = parsed;
        }
        if (!string.IsNullOrWhiteSpace(openRectifications) && !bool.TryParse(openRectifications, out open))
        {
            refusal = TypedResults.Problem(title: "筛选条件无效", detail: $"“有未销号整改”应为 true 或 false，填写的是“{openRectifications}”。", statusCode: 400);
            return false;
        }
        return true;
    }
}

using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Api;

/// <summary>The <c>state</c> query parameter of the form lists: a state's name (any case), never its number.</summary>
public static class StateFilter
{
    /// <summary>False with the 400 answer when <paramref name="state"/> names no state; an empty one filters nothing.</summary>
    public static bool TryParse(string? state, out FormState? filter, out IResult? refusal)
    {
        filter = null;
        refusal = null;
        if (string.IsNullOrWhiteSpace(state)) return true;
        if (!Enum.TryParse<FormState>(state, ignoreCase: true, out var parsed) || int.TryParse(state, out _))
        {
            refusal = TypedResults.Problem(title: "筛选条件无效", detail: $"不支持的状态“{state}”。", statusCode: 400);
            return false;
        }
        filter = parsed;
        return true;
    }
}

using Jixiao.Domain.Workflow;

namespace Jixiao.Domain.Evaluation;

/// <summary>How an evaluation's states read on its screens (评价中 rather than 草稿: the evaluator, not a unit, fills it).</summary>
public static class ExternalEvaluationStates
{
    public static string Chinese(FormState state) => state switch
    {
        FormState.Draft => "评价中",
        FormState.Submitted => "待验收",
        FormState.Returned => "已退回",
        FormState.Approved => "已验收",
        _ => FormStateNames.Chinese(state),
    };

    /// <summary>States in which the evaluator may still change the sheet and the report.</summary>
    public static bool IsEditable(FormState state) => state is FormState.Draft or FormState.Returned;
}

using Jixiao.Domain.Rectification;

namespace Jixiao.Web.Services.ReReview;

/// <summary>
/// Where a 整改事项 came from, as a link and its plain Chinese label: the evaluation (its id), the 复核 (the 自评表's id) or
/// the reviewed form (a review stores the form page's own path: <see cref="ReviewReference"/>).
/// </summary>
public static class RectificationSources
{
    /// <summary>The reference a review finding is raised with: the page of the reviewed 申报表 or 自评表.</summary>
    public static string ReviewReference(bool selfEvaluation, Guid formId) => selfEvaluation ? $"/SelfEvaluations/{formId}" : $"/Projects/{formId}";

    /// <summary>The link to the source and its label, or null when it has no page of its own.</summary>
    public static (string Href, string Label)? Link(RectificationSourceKind kind, string reference) => kind switch
    {
        RectificationSourceKind.Evaluation when Guid.TryParse(reference, out var e) => ($"/Evaluations/{e}", "来源：重点绩效评价"),
        RectificationSourceKind.ReReview when Guid.TryParse(reference, out var s) => ($"/SelfEvaluations/{s}/ReReview", "来源：自评复核表"),
        RectificationSourceKind.Review when reference.StartsWith("/SelfEvaluations/", StringComparison.Ordinal)
            && Guid.TryParse(reference["/SelfEvaluations/".Length..], out var f) => ($"/SelfEvaluations/{f}", "来源：被审核的自评表"),
        RectificationSourceKind.Review when reference.StartsWith("/Projects/", StringComparison.Ordinal)
            && Guid.TryParse(reference["/Projects/".Length..], out var p) => ($"/Projects/{p}", "来源：被审核的项目申报表"),
        _ => null,
    };
}

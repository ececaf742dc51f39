using Jixiao.Documents.Export.Forms;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Services.ReReview;

/// <summary>The 复核 as its printed 复核表 shows it (<see cref="ReReviewLayout"/>): the sheet with each row's 一级/二级 from the declaration.</summary>
public static class ReReviewPrints
{
    public static ReReviewPrint Of(ReReviewView view, string? departmentName)
    {
        ArgumentNullException.ThrowIfNull(view);
        var categories = view.SelfEvaluation.Declared.Indicators.Where(i => i.Key is not null).DistinctBy(i => i.Key)
            .ToDictionary(i => i.Key!.Value, i => (i.Level1, i.Level2));
        var rows = view.Sheet.Rows.Select(r => categories.TryGetValue(r.IndicatorKey, out var c)
            ? new ReReviewPrintRow(c.Level1, c.Level2, r) : new ReReviewPrintRow("", "", r)).ToList();
        var project = view.SelfEvaluation.Project;
        return new ReReviewPrint(project.Name, project.Unit?.Name ?? "", departmentName, project.Year,
            view.Entity is { } e ? FormStateNames.Chinese(e.State) : "尚未复核", view.Entity?.SampleDrawId is not null, rows, view.Sheet);
    }
}

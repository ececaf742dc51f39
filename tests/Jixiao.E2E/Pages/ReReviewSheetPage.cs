using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E.Pages;

/// <summary>Page object for the 复核 sheet (/SelfEvaluations/{id}/ReReview): per-row 复核得分 with a reason, the moves.</summary>
public sealed class ReReviewSheetPage(IPage page)
{
    public ILocator State => page.GetByTestId("re-review-state");
    public ILocator Rows => page.GetByTestId("re-review-row");
    public ILocator SelfTotal => page.GetByTestId("self-total");
    public ILocator FinalTotal => page.GetByTestId("final-total");

    /// <summary>Re-scores the <paramref name="row"/>-th row (from 0) with its reason and waits for the save.</summary>
    public async Task ReScoreAsync(int row, string score, string reason)
    {
        var line = Rows.Nth(row);
        await line.Locator("input[name=score]").FillAsync(score);
        await line.Locator("input[name=reason]").FillAsync(reason);
        await line.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("复核得分已保存。");
    }
}

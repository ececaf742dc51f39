using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>完成复核 turns each flagged row into one 整改事项 of the unit, saved with the confirmation and never twice (ADR-062).</summary>
public abstract partial class ReReviewTests<TApp>
{
    private static decimal? Decimal(JsonElement row, string name) =>
        row.GetProperty(name).ValueKind == JsonValueKind.Null ? null : row.GetProperty(name).GetDecimal();

    [Fact]
    public async Task Confirm_WithAFlaggedRow_RaisesOneItemForTheUnitWithTheReason_AndNeverTwice()
    {
        var id = await SeedSelfEvaluationAsync(FormState.Confirmed);
        var finance = await app.LoginAsync("finance");
        var sheet = await SheetAsync(finance, id);
        var threshold = sheet.GetProperty("threshold").GetDecimal();
        var rows = sheet.GetProperty("rows").EnumerateArray().Where(r => Decimal(r, "weight") is not null).ToList();
        // A row the re-review moves by more than the threshold (down from its 自评得分, or up to its 分值), and one it keeps.
        var (flagged, flaggedScore) = rows.Select(r => (Row: r, Self: Decimal(r, "selfScore") ?? 0m, Weight: Decimal(r, "weight")!.Value))
            .Select(r => (r.Row, Score: r.Self > threshold ? 0m : r.Weight - r.Self > threshold ? r.Weight : (decimal?)null))
            .First(r => r.Score is not null);
        var kept = rows.First(r => r.GetProperty("indicatorKey").GetGuid() != flagged.GetProperty("indicatorKey").GetGuid());
        const string reason = "佐证材料与自评得分不符";
        Assert.Equal(HttpStatusCode.NoContent, (await ScoreAsync(finance, id, flagged.GetProperty("indicatorKey").GetGuid(), flaggedScore!.Value, reason, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ScoreAsync(finance, id, kept.GetProperty("indicatorKey").GetGuid(),
            Decimal(kept, "selfScore") ?? 0m, "与自评一致", Stamp(await SheetAsync(finance, id)))).StatusCode);

        sheet = await SheetAsync(finance, id);
        var flags = sheet.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("indicatorKey").GetGuid(), r => r.GetProperty("flagged").GetBoolean());
        Assert.True(flags[flagged.GetProperty("indicatorKey").GetGuid()]);
        Assert.False(flags[kept.GetProperty("indicatorKey").GetGuid()]);
        var confirm = await finance.PostAsJsonAsync($"/api/v1/self-evaluations/{id}/re-review/moves", new { action = "Confirm", concurrencyStamp = Stamp(sheet) }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var project = await db.SelfEvaluations.Where(e => e.Id == id).Select(e => new { e.ProjectId, e.Project!.UnitId }).SingleAsync(Ct);
        Assert.Equal(Kczx, await db.Organizations.Where(o => o.Id == project.UnitId).Select(o => o.Name).SingleAsync(Ct));
        var raised = db.RectificationItems.AsNoTracking().Where(i => i.SourceKind == RectificationSourceKind.ReReview && i.SourceReference == id.ToString());
        var item = await raised.SingleAsync(Ct); // the flagged row only
        Assert.Equal((project.UnitId, project.ProjectId, RectificationState.Open), (item.OwnerUnitId, item.ProjectId!.Value, item.State));
        Assert.Contains(flagged.GetProperty("name").GetString()!, item.SourceText, StringComparison.Ordinal);
        Assert.Contains($"复核理由：{reason}", item.SourceText, StringComparison.Ordinal);

        // Confirming again is refused and raises nothing; staging the same findings again (a retried command) adds nothing.
        var again = await finance.PostAsJsonAsync($"/api/v1/self-evaluations/{id}/re-review/moves",
            new { action = "Confirm", concurrencyStamp = Stamp(await SheetAsync(finance, id)) }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var rectifications = scope.ServiceProvider.GetRequiredService<Web.Services.ReReview.RectificationService>();
        Assert.Equal(0, await rectifications.StageFindingsAsync(RectificationSourceKind.ReReview, id.ToString(), item.OwnerUnitId, item.ProjectId,
            [(item.SourceText, item.Requirement)], Ct));
        await db.SaveChangesAsync(Ct);
        Assert.Equal(1, await raised.CountAsync(Ct));

        // The unit and its supervising department (区科委) see it; the other department (区政府办公室) and unit do not.
        foreach (var user in new[] { "kczx", "kewei" })
            Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(user)).GetAsync($"/api/v1/rectifications/{item.Id}", Ct)).StatusCode);
        foreach (var user in new[] { "dsj", "zfb" })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(user)).GetAsync($"/api/v1/rectifications/{item.Id}", Ct)).StatusCode);
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// Cross-site request forgery on the API: every endpoint of the OpenAPI document that accepts a form or multipart body
/// (which any page, on any origin, can post with the user's cookie) refuses a request without the antiforgery token and
/// writes nothing; with the token it works. JSON endpoints are out of reach of a foreign page (415 without a preflight).
/// </summary>
public sealed class ApiCsrfTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record FormEndpoint(string Method, string Path);

    private async Task<List<FormEndpoint>> FormEndpointsAsync()
    {
        var admin = await app.LoginAsync("admin");
        var doc = JsonDocument.Parse(await admin.GetStringAsync("/api/openapi/v1.json", Ct)).RootElement;
        return doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Value.TryGetProperty("requestBody", out var body)
                    && body.GetProperty("content").EnumerateObject().Any(c => c.Name is "multipart/form-data" or "application/x-www-form-urlencoded"))
                .Select(m => new FormEndpoint(m.Name.ToUpperInvariant(), p.Name)))
            .ToList();
    }

    [Fact]
    public async Task EveryFormEndpoint_WithoutToken_IsRefusedAndWritesNothing_WithTokenWorks()
    {
        var endpoints = await FormEndpointsAsync();
        Assert.Equivalent(new[] { "/api/v1/disclosures", "/api/v1/disclosures/import-preview", "/api/v1/imports", "/api/v1/imports/bulk",
            "/api/v1/forms/{form}/{formId}/attachments" }, endpoints.Select(e => e.Path).ToArray()); // the uploads; a new form endpoint joins this test by itself
        // A route that needs a form's id is checked by its own test (AttachmentTests.Upload_WithoutToken_IsRefused…).
        endpoints = endpoints.Where(e => !e.Path.Contains('{', StringComparison.Ordinal)).ToList();

        var (client, unitId, unitName) = await DocumentTestSupport.NewUnitAsync(app);
        var token = client.DefaultRequestHeaders.GetValues(AppFixture.AntiforgeryHeader).Single();
        var document = DisclosureTestSupport.SeedBytesFor(unitName); // the unit's own 2021 disclosure: every upload accepts it
        var failures = new List<string>();
        foreach (var e in endpoints)
        {
            Assert.Equal("POST", e.Method);
            // The forged request: the user's cookie, another origin (a page on another port of the same host), no token.
            client.DefaultRequestHeaders.Remove(AppFixture.AntiforgeryHeader);
            var before = await StoreCountsAsync(unitId);
            var forged = new HttpRequestMessage(HttpMethod.Post, e.Path) { Content = DocumentTestSupport.Upload(document, "公开.txt") };
            forged.Headers.Add("Origin", "http://localhost:8081");
            var refused = await client.SendAsync(forged, Ct);
            if ((int)refused.StatusCode is not (400 or 403)) failures.Add($"{e.Path} without token → {(int)refused.StatusCode}");
            else if (!(await refused.Content.ReadAsStringAsync(Ct)).Contains("防伪令牌", StringComparison.Ordinal)) failures.Add($"{e.Path}: no Chinese reason");
            if (await StoreCountsAsync(unitId) != before) failures.Add($"{e.Path} without token wrote to the store");

            client.DefaultRequestHeaders.Add(AppFixture.AntiforgeryHeader, token);
            var accepted = await client.PostAsync(e.Path, DocumentTestSupport.Upload(document, "公开.txt"), Ct);
            if (!accepted.IsSuccessStatusCode) failures.Add($"{e.Path} with token → {(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync(Ct)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task FormFieldToken_IsAcceptedLikeTheHeader()
    {
        var (client, _, unitName) = await DocumentTestSupport.NewUnitAsync(app);
        var token = client.DefaultRequestHeaders.GetValues(AppFixture.AntiforgeryHeader).Single();
        client.DefaultRequestHeaders.Remove(AppFixture.AntiforgeryHeader);
        var content = DocumentTestSupport.Upload(DisclosureTestSupport.SeedBytesFor(unitName), "公开.txt");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/disclosures/import-preview", content, Ct)).StatusCode);
    }

    private Task<(int, int, int, int)> StoreCountsAsync(int unitId) => DisclosureTestSupport.WithDbAsync(app, async db =>
        (await db.Disclosures.CountAsync(d => d.UnitId == unitId, Ct), await db.StoredFiles.CountAsync(Ct), await db.Jobs.CountAsync(Ct),
            await db.AuditEvents.CountAsync(Ct)));
}

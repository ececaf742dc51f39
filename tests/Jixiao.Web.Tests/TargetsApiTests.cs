using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.Web.Tests;

public sealed class TargetsApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(">=95%", false, "Quantitative", "≥95.00(%)")]
    [InlineData("全年 $\\leq$ 5次", false, "Quantitative", "全年≤5.00(次)")]
    [InlineData("建立建全", false, "Qualitative", "建立健全")]
    [InlineData("<=1 次", true, "Comparison", null)]
    public async Task Parse_ReturnsTheGrammarsModel(string text, bool actual, string kind, string? canonical)
    {
        var client = await app.LoginAsync("kczx");
        var response = await client.PostAsJsonAsync("/api/v1/targets/parse", new { text, actual }, Ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(kind, body.GetProperty("kind").GetString());
        Assert.Equal(text, body.GetProperty("text").GetString());
        if (canonical is not null) Assert.Equal(canonical, body.GetProperty("canonical").GetString());
    }

    [Fact]
    public async Task Parse_Anonymous_Is401()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/targets/parse", new { text = "=1.00(次)" }, Ct);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

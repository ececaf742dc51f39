using System.Text.Json;

namespace Jixiao.Web.Tests.Conventions;

/// <summary>
/// No list answer grows with the district (issue 16 item 2, ADR-040, ADR-049): every GET in the OpenAPI document whose
/// success answer is a JSON array takes the paging parameters <c>size</c> and <c>after</c> and documents the cap,
/// unless it lists the rows of one form (its versions, comments, attachments), which the form itself bounds.
/// </summary>
public sealed class ListEndpointConventionTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Lists bounded by one form, each with the reason it needs no paging.</summary>
    private static readonly Dictionary<string, string> OneFormLists = new()
    {
        ["/api/v1/projects/{id}/versions"] = "一个项目的版本（年初版本与几次调整）",
        ["/api/v1/projects/{id}/compare"] = "两个版本之间的改动，受一张申报表的大小限制",
        ["/api/v1/forms/{form}/{formId}/attachments"] = "一张表的附件",
        ["/api/v1/monitoring/{projectId}/{month}/comments"] = "一张监控表的审核意见",
        ["/api/v1/self-evaluations/{id}/comments"] = "一张自评表的审核意见",
        ["/api/v1/disclosures/{id}/comments"] = "一份预算公开的审核意见",
    };

    [Fact]
    public async Task EveryArrayListingGet_TakesSizeAndAfter_AndDocumentsTheCap()
    {
        var doc = JsonDocument.Parse(await (await app.LoginAsync("admin")).GetStringAsync("/api/openapi/v1.json", Ct)).RootElement;
        var offenders = new List<string>();
        var lists = 0;
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get) || !AnswersArray(doc, get)) continue;
            lists++;
            if (OneFormLists.ContainsKey(path.Name)) continue;
            var parameters = get.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet() : [];
            var description = get.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
            if (!parameters.Contains("size") || !parameters.Contains("after") || !description.Contains("最多 200 条", StringComparison.Ordinal))
                offenders.Add($"GET {path.Name} (parameters: {string.Join(", ", parameters)})");
        }
        Assert.True(lists > 5, $"only {lists} list endpoints found: is the OpenAPI document read right?");
        Assert.True(offenders.Count == 0,
            "list endpoints that answer an unbounded array (take size/after through PagedAnswer, or list a one-form reason):\n" + string.Join("\n", offenders));
    }

    private static bool AnswersArray(JsonElement doc, JsonElement operation)
    {
        if (!operation.TryGetProperty("responses", out var responses) || !responses.TryGetProperty("200", out var ok)
            || !ok.TryGetProperty("content", out var content))
            return false;
        return content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out var schema) && IsArray(doc, schema));
    }

    private static bool IsArray(JsonElement doc, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = doc;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/')) target = target.GetProperty(part);
            return IsArray(doc, target);
        }
        return schema.TryGetProperty("type", out var type)
            && (type.ValueKind == JsonValueKind.String ? type.GetString() == "array" : type.EnumerateArray().Any(t => t.GetString() == "array"));
    }
}

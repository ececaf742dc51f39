using Jixiao.Domain.Refusals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// The one 400 shape for refused values (ADR-021), whatever the form or the reason: problem+json with the Chinese
/// <c>title</c>, <c>detail</c> the sentence a page shows, <c>errors</c> the messages keyed by field and <c>fields</c>
/// each field's Chinese name under the same key.
/// </summary>
public static class RefusalProblems
{
    public static HttpValidationProblemDetails Details(ValueRefusal refusal)
    {
        var byKey = refusal.Fields.GroupBy(f => f.Key, StringComparer.Ordinal).ToList();
        return new HttpValidationProblemDetails(byKey.ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = refusal.Title,
            Detail = refusal.Summary(),
            Extensions = { ["fields"] = byKey.ToDictionary(g => g.Key, g => g.First().Name) },
        };
    }

    public static ValidationProblem Problem(ValueRefusal refusal)
    {
        var details = Details(refusal);
        return TypedResults.ValidationProblem(details.Errors, details.Detail, title: details.Title, extensions: details.Extensions);
    }

    /// <summary>The same problem where an endpoint answers <see cref="ProblemHttpResult"/>.</summary>
    public static ProblemHttpResult AsProblem(ValueRefusal refusal) => TypedResults.Problem(Details(refusal));
}

using Jixiao.Domain.Forms;

namespace Jixiao.Web.Services;

/// <summary>
/// The 自评表 definition the pages and /api/v1 enter on (a DI singleton, <see cref="SelfEvaluationForms.District2023"/> by
/// default), so a host can run with a definition that has more fields without any page naming them.
/// </summary>
public sealed record SelfEvaluationDefinition(FormDefinition Form)
{
    public static SelfEvaluationDefinition Default { get; } = new(SelfEvaluationForms.District2023);
}

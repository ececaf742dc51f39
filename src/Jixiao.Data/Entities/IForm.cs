using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>
/// A reviewed form (declaration version, 自评表, 监控表, 预算公开包): an aggregate whose state moves only through its
/// transition table and whose stamp only <see cref="JixiaoDbContext"/> renews.
/// </summary>
public interface IForm
{
    FormState State { get; }
    Guid ConcurrencyStamp { get; }
}

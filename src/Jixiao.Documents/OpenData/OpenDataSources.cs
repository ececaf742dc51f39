using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.OpenData;

/// <summary>A declared project released as open data, with the facts the form itself does not hold.</summary>
/// <param name="State">Workflow state name (`Approved`, `Imported`); the caller releases only final states.</param>
public sealed record ReleasedTargets(Project Project, string? UnitName, string State, Guid? Id = null, int? Version = null);

/// <summary>A scored self-evaluation released as open data (<paramref name="Score"/> from <see cref="Scorer.Score"/>).</summary>
public sealed record ReleasedEvaluation(Project Project, ProjectScore Score, string? UnitName, string State, Guid? Id = null);

/// <summary>A published budget disclosure package.</summary>
public sealed record ReleasedDisclosure(BudgetDisclosure Disclosure, int? Version = null, DateTimeOffset? PublishedAt = null, string? CorrectionNote = null);

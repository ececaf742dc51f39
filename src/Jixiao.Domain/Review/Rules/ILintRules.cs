using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Review.Rules;

/// <summary>A rule family checking one project (scopes D and S).</summary>
internal interface IProjectRules
{
    IEnumerable<Finding> Check(ProjectRun run);
}

/// <summary>A rule family checking a unit's package as a whole (scope U).</summary>
internal interface IPackageRules
{
    IEnumerable<Finding> Check(UnitPackage package, ProjectRun run);
}

using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Summaries;

/// <summary>
/// How one 指标库 identity is used in the current versions of one unit's projects (ADR-066): the projects using it, the
/// latest year of use, and its latest row — the first by year (descending), version (descending), project name
/// (ordinal), project id and row position, the order the 指标库 always chose its 最近指标值 by — with that order's keys,
/// so the rows of several units combine by taking the first of their latest rows. Kept by
/// <see cref="IndicatorUseSummaries"/> in the transaction that changes the unit's indicator facts.
/// </summary>
public class IndicatorUnitUse
{
    public int UnitId { get; set; }
    public required string IdentityName { get; set; }
    public required string IdentityLevel1 { get; set; }
    public required string IdentityLevel2 { get; set; }
    public int Projects { get; set; }
    /// <summary>The latest year of a project of the unit whose current version uses the identity (the latest row's year).</summary>
    public int LastYear { get; set; }
    public int LatestVersion { get; set; }
    public required string LatestProjectName { get; set; }
    public Guid LatestProjectId { get; set; }
    public int LatestPosition { get; set; }
    public required string LatestTarget { get; set; }
}

/// <summary>
/// The same for every unit together (ADR-066): what the 指标库 shows 财政局, whose scope is the whole district, without
/// grouping the units' rows. <see cref="Projects"/> is the sum over the units' rows, the latest row the first of theirs.
/// </summary>
public class IndicatorUse
{
    public required string IdentityName { get; set; }
    public required string IdentityLevel1 { get; set; }
    public required string IdentityLevel2 { get; set; }
    public int Projects { get; set; }
    public int LastYear { get; set; }
    public required string LatestTarget { get; set; }
}

internal sealed class IndicatorUnitUseConfiguration : IEntityTypeConfiguration<IndicatorUnitUse>
{
    public void Configure(EntityTypeBuilder<IndicatorUnitUse> b)
    {
        // By unit first: a unit's rows are replaced together, and a department's scope joins its units.
        b.HasKey(u => new { u.UnitId, u.IdentityName, u.IdentityLevel1, u.IdentityLevel2 });
        b.HasOne<Organization>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Cascade);
        b.Property(u => u.IdentityName).HasMaxLength(200);
        b.Property(u => u.IdentityLevel1).HasMaxLength(40);
        b.Property(u => u.IdentityLevel2).HasMaxLength(40);
        b.Property(u => u.LatestProjectName).HasMaxLength(200);
        // The district's latest row of an identity is the first entry of this index under the identity (a seek per identity).
        b.HasIndex(u => new { u.IdentityName, u.IdentityLevel1, u.IdentityLevel2, u.LastYear, u.LatestVersion, u.LatestProjectName, u.LatestProjectId, u.LatestPosition })
            .IsDescending(false, false, false, true, true, false, false, false)
            .HasDatabaseName("IX_IndicatorUnitUses_Latest");
    }
}

internal sealed class IndicatorUseConfiguration : IEntityTypeConfiguration<IndicatorUse>
{
    public void Configure(EntityTypeBuilder<IndicatorUse> b)
    {
        b.HasKey(u => new { u.IdentityName, u.IdentityLevel1, u.IdentityLevel2 });
        b.Property(u => u.IdentityName).HasMaxLength(200);
        b.Property(u => u.IdentityLevel1).HasMaxLength(40);
        b.Property(u => u.IdentityLevel2).HasMaxLength(40);
        // The list's 按最近使用 order starts with these two.
        b.HasIndex(u => new { u.LastYear, u.Projects }).IsDescending(true, true);
    }
}

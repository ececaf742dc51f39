using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Summaries;

/// <summary>
/// How one 指标库 identity is used in one year by the current versions of one unit's projects (ADR-068): the projects
/// using it (a project counts once however many of its rows carry the identity), and the label the 分析 screen's
/// year-over-year table writes — the written name and categories of the first use by project name (ordinal), project
/// id and row position — with that order's keys, so several units' labels combine by taking the first. A project has
/// one unit and one year, so an identity's projects in any set of units and years are the sum of these rows.
/// Kept by <see cref="IndicatorYearSummaries"/> in the transaction that changes the unit's indicator facts.
/// </summary>
public class IndicatorYearUse
{
    public int UnitId { get; set; }
    public required string IdentityName { get; set; }
    public required string IdentityLevel1 { get; set; }
    public required string IdentityLevel2 { get; set; }
    public int Year { get; set; }
    public int Projects { get; set; }
    public required string LabelProjectName { get; set; }
    public Guid LabelProjectId { get; set; }
    public int LabelPosition { get; set; }
    public required string LabelName { get; set; }
    public required string LabelLevel1 { get; set; }
    public required string LabelLevel2 { get; set; }
}

/// <summary>Which value of an indicator row an <see cref="IndicatorYearValue"/> counts.</summary>
public enum IndicatorValueKind
{
    /// <summary>The declared 指标值 (rows with an empty target are not counted).</summary>
    Target,
    /// <summary>The actual of the project's latest self-evaluation (<see cref="IndicatorFact.TrendActual"/>, when not empty).</summary>
    Actual,
}

/// <summary>
/// One distinct target or actual of an identity in one year of one unit, with the projects whose current version wrote
/// it (ADR-068): the rows the year-over-year table sums over the units of a district or department.
/// </summary>
public class IndicatorYearValue
{
    // A surrogate key: the value is free text of any length, too long for a key or a PostgreSQL index entry.
    public long Id { get; set; }
    public int UnitId { get; set; }
    public required string IdentityName { get; set; }
    public required string IdentityLevel1 { get; set; }
    public required string IdentityLevel2 { get; set; }
    public int Year { get; set; }
    public IndicatorValueKind Kind { get; set; }
    public required string Value { get; set; }
    public int Projects { get; set; }
}

internal sealed class IndicatorYearUseConfiguration : IEntityTypeConfiguration<IndicatorYearUse>
{
    public void Configure(EntityTypeBuilder<IndicatorYearUse> b)
    {
        // By unit first: a unit's rows are replaced together, and a department's scope reads its units.
        b.HasKey(u => new { u.UnitId, u.IdentityName, u.IdentityLevel1, u.IdentityLevel2, u.Year });
        b.HasOne<Organization>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Cascade);
        b.Property(u => u.IdentityName).HasMaxLength(200);
        b.Property(u => u.IdentityLevel1).HasMaxLength(40);
        b.Property(u => u.IdentityLevel2).HasMaxLength(40);
        b.Property(u => u.LabelProjectName).HasMaxLength(200);
        // The district's group by identity (which identities span years, with their projects) reads this index alone.
        b.HasIndex(u => new { u.IdentityName, u.IdentityLevel1, u.IdentityLevel2, u.Year, u.UnitId, u.Projects })
            .HasDatabaseName("IX_IndicatorYearUses_Identity");
    }
}

internal sealed class IndicatorYearValueConfiguration : IEntityTypeConfiguration<IndicatorYearValue>
{
    public void Configure(EntityTypeBuilder<IndicatorYearValue> b)
    {
        b.HasKey(v => v.Id);
        b.HasOne<Organization>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Cascade);
        b.Property(v => v.IdentityName).HasMaxLength(200);
        b.Property(v => v.IdentityLevel1).HasMaxLength(40);
        b.Property(v => v.IdentityLevel2).HasMaxLength(40);
        b.HasIndex(v => new { v.UnitId, v.IdentityName, v.IdentityLevel1, v.IdentityLevel2, v.Year });
    }

    /// <summary>
    /// The listed identities' values are summed over the district's units from one index, value and count included
    /// (SQLite). PostgreSQL refuses an index entry over ~2.7 KB, and a value is free text: there the index stops before
    /// the value and the rows are read from the table.
    /// </summary>
    public static void Index(ModelBuilder builder, bool postgres)
    {
        var index = builder.Entity<IndicatorYearValue>();
        if (postgres)
            index.HasIndex(v => new { v.IdentityName, v.IdentityLevel1, v.IdentityLevel2, v.Year, v.Kind, v.UnitId }).HasDatabaseName("IX_IndicatorYearValues_Identity");
        else
            index.HasIndex(v => new { v.IdentityName, v.IdentityLevel1, v.IdentityLevel2, v.Year, v.Kind, v.UnitId, v.Value, v.Projects }).HasDatabaseName("IX_IndicatorYearValues_Identity");
    }
}

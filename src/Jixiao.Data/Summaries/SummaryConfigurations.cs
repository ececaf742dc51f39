using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Summaries;

internal static class SummaryNumerics
{
    /// <summary>
    /// Scores, rates and amounts keep exactly what the domain computed (value and scale): SQLite stores decimals as text;
    /// on PostgreSQL they are an unconstrained <c>numeric</c>, so no figure is rounded or refused for its size.
    /// </summary>
    public static void UsePlainNumeric(ModelBuilder builder)
    {
        foreach (var type in new[] { typeof(ProjectFigures), typeof(IndicatorFact) })
            foreach (var p in builder.Entity(type).Metadata.GetProperties().Where(p => Nullable.GetUnderlyingType(p.ClrType) == typeof(decimal) || p.ClrType == typeof(decimal)))
            {
                p.SetColumnType("numeric");
                p.SetPrecision(null);
                p.SetScale(null);
            }
    }
}

internal sealed class ProjectFiguresConfiguration : IEntityTypeConfiguration<ProjectFigures>
{
    public void Configure(EntityTypeBuilder<ProjectFigures> b)
    {
        b.HasKey(f => f.ProjectId);
        b.HasOne(f => f.Project).WithOne().HasForeignKey<ProjectFigures>(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.Stamp).HasMaxLength(64);
        b.HasIndex(f => f.Stamp);
    }
}

internal sealed class ProjectRuleCountConfiguration : IEntityTypeConfiguration<ProjectRuleCount>
{
    public void Configure(EntityTypeBuilder<ProjectRuleCount> b)
    {
        b.HasKey(c => new { c.ProjectId, c.RuleId });
        b.HasOne<ProjectEntity>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.RuleId).HasMaxLength(40);
        b.Property(c => c.Example).HasMaxLength(4000);
    }
}

internal sealed class IndicatorFactConfiguration : IEntityTypeConfiguration<IndicatorFact>
{
    public void Configure(EntityTypeBuilder<IndicatorFact> b)
    {
        b.HasKey(f => new { f.VersionId, f.Position });
        b.HasOne<DeclarationVersion>().WithMany().HasForeignKey(f => f.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ProjectEntity>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.IdentityName).HasMaxLength(200);
        b.Property(f => f.IdentityLevel1).HasMaxLength(40);
        b.Property(f => f.IdentityLevel2).HasMaxLength(40);
        b.Property(f => f.Level1).HasMaxLength(40);
        b.Property(f => f.Level2).HasMaxLength(40);
        b.HasIndex(f => new { f.ProjectId, f.IsCurrent });
        // The 指标库 list and the year-over-year table group the current rows by identity (ADR-056): this index holds
        // every column those queries read of a fact, in group order, so the group reads it in order without the table
        // (before: one table row per fact, 250,000 on the generated district). An entry's history seeks its identity in it.
        b.HasIndex(f => new { f.IdentityName, f.IdentityLevel1, f.IdentityLevel2, f.IsCurrent, f.ProjectId }).HasDatabaseName("IX_IndicatorFacts_Current_Identity");
    }
}

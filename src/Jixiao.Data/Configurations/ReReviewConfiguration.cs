using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class ReReviewConfiguration : IEntityTypeConfiguration<ReReviewEntity>
{
    public void Configure(EntityTypeBuilder<ReReviewEntity> b)
    {
        b.HasIndex(e => e.SelfEvaluationId).IsUnique(); // one 复核 per 自评表, whichever node starts it
        b.HasIndex(e => e.ProjectId);
        b.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(e => e.FinalTotal).HasPrecision(7, 2);
        b.Property(e => e.FinalGrade).HasMaxLength(10).HasConversion<string>();
        b.HasOne(e => e.Project).WithMany().HasForeignKey(e => e.ProjectId);
        b.HasOne<SelfEvaluationEntity>().WithMany().HasForeignKey(e => e.SelfEvaluationId);
    }
}

internal sealed class SampleDrawConfiguration : IEntityTypeConfiguration<SampleDrawEntity>
{
    public void Configure(EntityTypeBuilder<SampleDrawEntity> b)
    {
        b.Property(e => e.Percent).HasPrecision(5, 2);
        b.Property(e => e.DrawnBy).HasMaxLength(100);
        b.HasIndex(e => new { e.Year, e.DrawnAt });
    }
}

internal sealed class RectificationItemConfiguration : IEntityTypeConfiguration<RectificationItem>
{
    public void Configure(EntityTypeBuilder<RectificationItem> b)
    {
        b.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(e => e.SourceReference).HasMaxLength(200);
        b.Property(e => e.SourceText).HasMaxLength(4000);
        b.Property(e => e.RaisedBy).HasMaxLength(100);
        b.HasOne(e => e.OwnerUnit).WithMany().HasForeignKey(e => e.OwnerUnitId);
        b.HasIndex(e => new { e.OwnerUnitId, e.State, e.DueDate }); // overdue counts per unit
        b.HasIndex(e => new { e.SourceKind, e.SourceReference });
        b.HasIndex(e => e.ProjectId);
    }
}

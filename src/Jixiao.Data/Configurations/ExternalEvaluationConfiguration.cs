using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class ExternalEvaluationConfiguration : IEntityTypeConfiguration<ExternalEvaluationEntity>
{
    public void Configure(EntityTypeBuilder<ExternalEvaluationEntity> b)
    {
        b.ToTable("ExternalEvaluations");
        b.HasIndex(e => e.ProjectId);
        b.HasIndex(e => e.EvaluatorOrgId);
        b.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(e => e.FrameworkId).HasMaxLength(100);
        b.Property(e => e.TotalScore).HasPrecision(6, 2);
        b.Property(e => e.ReturnReason).HasMaxLength(2000);
        b.Property(e => e.AssignedBy).HasMaxLength(200);
        b.HasOne(e => e.Project).WithMany().HasForeignKey(e => e.ProjectId);
        b.HasOne(e => e.EvaluatorOrg).WithMany().HasForeignKey(e => e.EvaluatorOrgId).OnDelete(DeleteBehavior.Restrict);
    }
}

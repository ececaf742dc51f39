using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class TemplateAssignmentConfiguration : IEntityTypeConfiguration<TemplateAssignment>
{
    public void Configure(EntityTypeBuilder<TemplateAssignment> b)
    {
        b.HasKey(a => new { a.Year, a.Kind }); // one template per year and form kind
        b.Property(a => a.Kind).HasMaxLength(40);
        b.Property(a => a.TemplateId).HasMaxLength(40);
        b.Property(a => a.UpdatedBy).HasMaxLength(256);
    }
}

using Jixiao.Data.Entities;
using Jixiao.Domain.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jixiao.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.ShortName).HasMaxLength(100);
        b.Property(o => o.Path).HasMaxLength(400);
        b.Property(o => o.UnitType).HasMaxLength(100);
        b.HasIndex(o => o.Path);
        b.HasIndex(o => o.Name).IsUnique();
        b.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(100);
        b.HasOne(u => u.Organization).WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<ProjectEntity>
{
    public void Configure(EntityTypeBuilder<ProjectEntity> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.TemplateId).HasMaxLength(40);
        b.Property(p => p.Category).HasMaxLength(ProjectEntity.ChoiceMaxLength);
        b.Property(p => p.Nature).HasMaxLength(ProjectEntity.ChoiceMaxLength);
        b.HasIndex(p => new { p.UnitId, p.Year, p.Name }).IsUnique(); // DUP-03 enforced by the store as well
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Versions).WithOne(v => v.Project).HasForeignKey(v => v.ProjectId);
    }
}

internal sealed class DeclarationVersionConfiguration : IEntityTypeConfiguration<DeclarationVersion>
{
    public void Configure(EntityTypeBuilder<DeclarationVersion> b)
    {
        b.HasIndex(v => new { v.ProjectId, v.Number }).IsUnique();
        b.HasIndex(v => v.State);
        b.Property(v => v.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(v => v.Reason).HasMaxLength(1000);
        b.Property(v => v.UpdatedBy).HasMaxLength(100);
    }
}

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> b)
    {
        b.HasIndex(c => new { c.FormType, c.FormId });
        b.HasIndex(c => c.VersionId);
        b.Property(c => c.Anchor).HasMaxLength(200);
        b.Property(c => c.Text).HasMaxLength(4000);
        b.Property(c => c.Reply).HasMaxLength(4000);
        b.Property(c => c.AuthorName).HasMaxLength(100);
        b.Property(c => c.AuthorRole).HasMaxLength(40);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.HasIndex(e => new { e.EntityType, e.EntityId });
        b.HasIndex(e => e.AtUtc);
        b.Property(e => e.Action).HasMaxLength(40);
        b.Property(e => e.EntityType).HasMaxLength(60);
        b.Property(e => e.EntityId).HasMaxLength(60);
        b.Property(e => e.UserName).HasMaxLength(100);
        b.Property(e => e.Role).HasMaxLength(40);
        // Append-only rows cannot be repaired: text older versions stored with control characters is cleaned on the
        // way out, so every reader (pages, CSV, API, conflict messages) gets it clean; new rows are cleaned on the way in.
        b.Property(e => e.UserName).HasConversion(CleanText);
        b.Property(e => e.Comment).HasConversion(CleanText);
        b.Property(e => e.Diff).HasConversion(CleanText);
    }

    private static readonly ValueConverter<string?, string?> CleanText = new(v => TextHygiene.CleanOrNull(v), v => TextHygiene.CleanOrNull(v));
}

internal sealed class SelfEvaluationConfiguration : IEntityTypeConfiguration<SelfEvaluationEntity>
{
    public void Configure(EntityTypeBuilder<SelfEvaluationEntity> b)
    {
        b.HasIndex(e => e.ProjectId).IsUnique();
        b.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(e => e.TotalScore).HasPrecision(7, 2);
        b.Property(e => e.ProfileId).HasMaxLength(60);
        b.Property(e => e.Grade).HasMaxLength(10).HasConversion<string>(); // by name, as the score snapshot stores it
        b.HasOne(e => e.Project).WithMany().HasForeignKey(e => e.ProjectId);
    }
}

internal sealed class MonitoringReportConfiguration : IEntityTypeConfiguration<MonitoringReportEntity>
{
    public void Configure(EntityTypeBuilder<MonitoringReportEntity> b)
    {
        b.HasIndex(e => new { e.ProjectId, e.PeriodEndMonth }).IsUnique();
        b.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(e => e.Light).HasMaxLength(10);
        b.HasOne(e => e.Project).WithMany().HasForeignKey(e => e.ProjectId);
    }
}

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<DisclosureEntity>
{
    public void Configure(EntityTypeBuilder<DisclosureEntity> b)
    {
        b.HasIndex(e => new { e.UnitId, e.Year, e.Version }).IsUnique();
        b.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(e => e.CorrectionNote).HasMaxLength(2000);
        b.HasOne(e => e.Unit).WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorDefinitionConfiguration : IEntityTypeConfiguration<IndicatorDefinition>
{
    public void Configure(EntityTypeBuilder<IndicatorDefinition> b)
    {
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.NormalizedName).HasMaxLength(200);
        b.Property(e => e.Level1).HasMaxLength(40);
        b.Property(e => e.Level2).HasMaxLength(40);
        b.Property(e => e.UnitText).HasMaxLength(40);
        b.HasIndex(e => new { e.NormalizedName, e.Level1, e.Level2 }).IsUnique();
        // Derived keys of the 指标库 list (ADR-056): the join to the indicator facts goes by identity.
        b.Property(e => e.IdentityName).HasMaxLength(200);
        b.Property(e => e.IdentityLevel1).HasMaxLength(40);
        b.Property(e => e.IdentityLevel2).HasMaxLength(40);
        b.Property(e => e.SearchName).HasMaxLength(200);
        b.Property(e => e.SearchLevels).HasMaxLength(200);
        b.HasIndex(e => new { e.IdentityName, e.IdentityLevel1, e.IdentityLevel2, e.FirstYear });
    }
}

internal sealed class JobConfiguration : IEntityTypeConfiguration<JobEntity>
{
    public void Configure(EntityTypeBuilder<JobEntity> b)
    {
        b.HasIndex(e => new { e.State, e.CreatedAt });
        b.Property(e => e.Kind).HasMaxLength(60);
        b.Property(e => e.RunBy).HasMaxLength(200);
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.HasIndex(e => new { e.OwnerUserId, e.CreatedAt });
        b.HasIndex(e => e.ExpiresAt);
        b.Property(e => e.Name).HasMaxLength(260);
        b.Property(e => e.ContentType).HasMaxLength(200);
        b.Property(e => e.OwnerUserId).HasMaxLength(450);
    }
}

internal sealed class FormAttachmentConfiguration : IEntityTypeConfiguration<FormAttachment>
{
    public void Configure(EntityTypeBuilder<FormAttachment> b)
    {
        b.ToTable("FormAttachments");
        b.Property(a => a.Name).HasMaxLength(260);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.UploadedBy).HasMaxLength(100);
        b.HasIndex(a => new { a.Form, a.FormId });
        b.HasOne<ProjectEntity>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

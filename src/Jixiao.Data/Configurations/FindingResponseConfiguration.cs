using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class FindingResponseConfiguration : IEntityTypeConfiguration<FindingResponse>
{
    public void Configure(EntityTypeBuilder<FindingResponse> b)
    {
        b.Property(r => r.Fingerprint).HasMaxLength(32);
        b.Property(r => r.RuleId).HasMaxLength(20);
        b.Property(r => r.Text).HasMaxLength(4000);
        b.Property(r => r.Message).HasMaxLength(1000);
        b.Property(r => r.AuthorName).HasMaxLength(100);
        b.Property(r => r.AuthorRole).HasMaxLength(40);
        // One dismissal and one 说明 per fact of a form, whichever node writes it.
        b.HasIndex(r => new { r.FormType, r.FormId, r.Fingerprint, r.Kind }).IsUnique();
        b.HasIndex(r => new { r.RuleId, r.Kind }); // the rule-quality counts
    }
}

internal sealed class LintRuleSettingConfiguration : IEntityTypeConfiguration<LintRuleSetting>
{
    public void Configure(EntityTypeBuilder<LintRuleSetting> b)
    {
        b.HasKey(s => s.RuleId);
        b.Property(s => s.RuleId).HasMaxLength(20);
        b.Property(s => s.UpdatedBy).HasMaxLength(100);
    }
}

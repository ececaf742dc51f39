using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.UserId).HasMaxLength(450);
        b.Property(n => n.Text).HasMaxLength(500);
        b.Property(n => n.Link).HasMaxLength(200);
        b.Property(n => n.DedupKey).HasMaxLength(200);
        b.HasIndex(n => new { n.UserId, n.ReadAt }); // the navbar's unread count
        b.HasIndex(n => new { n.UserId, n.CreatedAt }); // the list, newest first
        b.HasIndex(n => n.DedupKey).IsUnique(); // a reminder once per user and deadline, whichever node writes it
        b.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeadlineEntryConfiguration : IEntityTypeConfiguration<DeadlineEntry>
{
    public void Configure(EntityTypeBuilder<DeadlineEntry> b)
    {
        b.ToTable("DeadlineCalendar");
        b.HasIndex(d => new { d.Year, d.Stage, d.Month }).IsUnique();
    }
}

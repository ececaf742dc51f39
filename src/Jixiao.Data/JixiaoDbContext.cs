using Jixiao.Data.Entities;
using Jixiao.Data.Summaries;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Jixiao.Data;

/// <summary>
/// The application database: identity, org tree, forms and their versions, comments, audit, jobs, and the
/// data-protection key ring (so app nodes keep no state of their own).
/// </summary>
public class JixiaoDbContext(DbContextOptions<JixiaoDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<ProjectEntity> Projects => Set<ProjectEntity>();
    public DbSet<DeclarationVersion> DeclarationVersions => Set<DeclarationVersion>();
    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<SelfEvaluationEntity> SelfEvaluations => Set<SelfEvaluationEntity>();
    public DbSet<MonitoringReportEntity> MonitoringReports => Set<MonitoringReportEntity>();
    public DbSet<DisclosureEntity> Disclosures => Set<DisclosureEntity>();
    public DbSet<IndicatorDefinition> IndicatorDefinitions => Set<IndicatorDefinition>();
    public DbSet<JobEntity> Jobs => Set<JobEntity>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();
    public DbSet<TemplateAssignment> TemplateAssignments => Set<TemplateAssignment>();
    public DbSet<FormAttachment> FormAttachments => Set<FormAttachment>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<DeadlineEntry> DeadlineCalendar => Set<DeadlineEntry>();
    public DbSet<FindingResponse> FindingResponses => Set<FindingResponse>();
    public DbSet<ExternalEvaluationEntity> ExternalEvaluations => Set<ExternalEvaluationEntity>();
    public DbSet<LintRuleSetting> LintRuleSettings => Set<LintRuleSetting>();
    public DbSet<ProjectFigures> ProjectFigures => Set<ProjectFigures>();
    public DbSet<ProjectRuleCount> ProjectRuleCounts => Set<ProjectRuleCount>();
    public DbSet<IndicatorFact> IndicatorFacts => Set<IndicatorFact>();
    public DbSet<IndicatorUnitUse> IndicatorUnitUses => Set<IndicatorUnitUse>();
    public DbSet<IndicatorUse> IndicatorUses => Set<IndicatorUse>();
    public DbSet<IndicatorYearUse> IndicatorYearUses => Set<IndicatorYearUse>();
    public DbSet<IndicatorYearValue> IndicatorYearValues => Set<IndicatorYearValue>();
    public DbSet<ReReviewEntity> ReReviews => Set<ReReviewEntity>();
    public DbSet<SampleDrawEntity> SampleDraws => Set<SampleDrawEntity>();
    public DbSet<RectificationItem> RectificationItems => Set<RectificationItem>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(JixiaoDbContext).Assembly);
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL") SummaryNumerics.UsePlainNumeric(builder);
        IndicatorYearValueConfiguration.Index(builder, postgres: Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Enums as strings: readable in SQL and stable when members are reordered.
        conventions.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // Money in 元 with 2 dp; scores and rates use explicit precision in their configurations.
        conventions.Properties<decimal>().HavePrecision(18, 2);
        // SQLite has no date type: stored as text, a DateTimeOffset could not be ordered or compared in SQL. As a
        // long (UTC ticks; every timestamp here is written in UTC) it orders correctly. PostgreSQL keeps timestamptz.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            conventions.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            conventions.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (savingSummaries) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        ImmutabilityGuard.Check(ChangeTracker);
        RenewStamps();
        var touched = ProjectSummaries.Touched(ChangeTracker);
        var units = ProjectSummaries.TouchedUnits(ChangeTracker);
        if (touched.Count == 0 && units.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        // The summaries of the touched projects are recomputed from the rows just written, in the same transaction
        // (ADR-051): the write and its summaries commit together or not at all.
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await ProjectSummaries.RefreshAsync(this, touched, units, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    private bool savingSummaries;

    /// <summary>Saves the summary rows <see cref="ProjectSummaries"/> added, without computing summaries again.</summary>
    internal async Task SaveSummariesAsync(CancellationToken ct)
    {
        savingSummaries = true;
        try
        {
            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
        }
        finally
        {
            savingSummaries = false;
        }
    }

    /// <summary>
    /// The one place stamps are set (ADR-013): every change of a stamped record gets a new time-ordered stamp and every
    /// new one its first, so no write can leave an editor's stamp valid (no silent lost update). The stamp carries the
    /// time of the audit events saved with it, so a conflict can list the events after it.
    /// </summary>
    private void RenewStamps()
    {
        var entries = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Modified or EntityState.Added)
            .Where(e => e.Metadata.FindProperty("ConcurrencyStamp") is { ClrType: var type } && type == typeof(Guid))
            .ToList();
        if (entries.Count == 0) return;
        var at = ChangeTracker.Entries<AuditEvent>().Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity.AtUtc).DefaultIfEmpty(DateTimeOffset.UtcNow).Max();
        foreach (var entry in entries)
        {
            var stamp = entry.Property("ConcurrencyStamp");
            // A new row keeps a stamp it already has: a restore keeps the stored ones.
            if (entry.State == EntityState.Added && stamp.CurrentValue is Guid g && g != Guid.Empty) continue;
            stamp.CurrentValue = ConcurrencyStamps.New(at);
        }
    }
}

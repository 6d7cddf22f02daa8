using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Vigil.Assessment;
using Vigil.Forecasting;
using Vigil.Security;

namespace Vigil.Storage;

/// <summary>
/// The one database context. Each feature maps its own entities (IEntityTypeConfiguration
/// in its folder); accounts use ASP.NET Core Identity's user tables.
/// </summary>
public sealed class VigilDb(DbContextOptions<VigilDb> options, ConfidentialFields? confidentialFields = null)
    : IdentityUserContext<VigilUser, Guid>(options)
{
    /// <summary>The encryption the model was built with (see <see cref="VigilModelCacheKeyFactory"/>).</summary>
    internal ConfidentialFields? ConfidentialFieldsInUse => confidentialFields;

    public DbSet<RiskAssessment> Assessments => Set<RiskAssessment>();
    public DbSet<IndicatorJudgement> IndicatorJudgements => Set<IndicatorJudgement>();
    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();
    public DbSet<AssessmentChange> AssessmentChanges => Set<AssessmentChange>();
    public DbSet<FrameworkRecord> Frameworks => Set<FrameworkRecord>();
    public DbSet<ForecastRun> ForecastRuns => Set<ForecastRun>();
    public DbSet<ForecastEntry> ForecastEntries => Set<ForecastEntry>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationShare> OrganizationShares => Set<OrganizationShare>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(VigilDb).Assembly);
        builder.Entity<EvidenceItem>(e => ConfidentialFields.Configure(e.Property(x => x.SourceIdentity), confidentialFields));
        builder.Entity<Alerts.Notifications.WebhookSubscription>(e => ConfidentialFields.Configure(e.Property(x => x.Secret), confidentialFields));
    }
}

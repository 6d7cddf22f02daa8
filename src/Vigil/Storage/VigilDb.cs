using Microsoft.EntityFrameworkCore;
using Vigil.Assessment;
using Vigil.Forecasting;

namespace Vigil.Storage;

/// <summary>The one database context. Each feature maps its own entities (IEntityTypeConfiguration in its folder).</summary>
public sealed class VigilDb(DbContextOptions<VigilDb> options) : DbContext(options)
{
    public DbSet<RiskAssessment> Assessments => Set<RiskAssessment>();
    public DbSet<IndicatorJudgement> IndicatorJudgements => Set<IndicatorJudgement>();
    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();
    public DbSet<AssessmentChange> AssessmentChanges => Set<AssessmentChange>();
    public DbSet<FrameworkRecord> Frameworks => Set<FrameworkRecord>();
    public DbSet<ForecastRun> ForecastRuns => Set<ForecastRun>();
    public DbSet<ForecastEntry> ForecastEntries => Set<ForecastEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VigilDb).Assembly);
}

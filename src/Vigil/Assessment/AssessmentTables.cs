using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Assessment;

/// <summary>Assessment's tables in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class AssessmentTables
{
    extension(VigilDb db)
    {
        public DbSet<RiskAssessment> Assessments => db.Set<RiskAssessment>();
        public DbSet<IndicatorJudgement> IndicatorJudgements => db.Set<IndicatorJudgement>();
        public DbSet<FactorJudgement> FactorJudgements => db.Set<FactorJudgement>();
        public DbSet<EvidenceItem> EvidenceItems => db.Set<EvidenceItem>();
        public DbSet<AssessmentChange> AssessmentChanges => db.Set<AssessmentChange>();
        public DbSet<FrameworkRecord> Frameworks => db.Set<FrameworkRecord>();
        public DbSet<FrameworkChoice> FrameworkChoices => db.Set<FrameworkChoice>();
    }
}

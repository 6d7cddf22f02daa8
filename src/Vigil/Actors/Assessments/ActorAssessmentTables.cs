using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Actors.Assessments;

/// <summary>Actor assessments' tables in <see cref="VigilDb"/> (the context names no feature).</summary>
public static class ActorAssessmentTables
{
    extension(VigilDb db)
    {
        public DbSet<ActorAssessment> ActorAssessments => db.Set<ActorAssessment>();
        public DbSet<ActorJudgement> ActorJudgements => db.Set<ActorJudgement>();
        public DbSet<ActorEvidence> ActorEvidence => db.Set<ActorEvidence>();
        public DbSet<ActorIndividual> ActorIndividuals => db.Set<ActorIndividual>();
        public DbSet<ActorAssessmentChange> ActorAssessmentChanges => db.Set<ActorAssessmentChange>();
        public DbSet<ActorNaming> ActorNamings => db.Set<ActorNaming>();
        public DbSet<ActorStandardSetting> ActorStandardSettings => db.Set<ActorStandardSetting>();
    }
}

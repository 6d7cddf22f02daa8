using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Actors.Assessments;

/// <summary>Shows one actor assessment to the current viewer, and writes the audit entry every view of one leaves.</summary>
public sealed class ActorAssessmentReader(VigilDb db, ReadAudit audit, CurrentActor current)
{
    /// <summary>The assessment, or null (404) when it is not the actor's or the viewer may not see it; a read entry when shown.</summary>
    public async Task<ActorAssessment?> ReadAsync(Guid actorId, Guid id, CancellationToken cancellationToken)
    {
        var assessment = await db.LoadActorAssessmentAsync(id, actorId, current.Viewer, cancellationToken);
        if (assessment is not null)
        {
            await audit.RecordAsync(db, nameof(ActorAssessment), assessment.Id.ToString(),
                new AuditScope(assessment.OrganizationId, assessment.Classification), $"actor {actorId}", cancellationToken);
        }
        return assessment;
    }
}

using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Alerts;

/// <summary>
/// Moves an alert one step along its lifecycle for the person acting (the API and the alert page alike): dated,
/// attributed to them, and its note owned by their organisation under the classification they chose.
/// </summary>
public sealed class StepAlert(IDbContextFactory<VigilDb> dbFactory, TimeProvider time)
{
    public sealed record Request(Guid AlertId, AlertStatus To, string? Note,
        Classification NoteClassification = AlertTransition.DefaultNoteClassification);

    /// <summary>Analysts, reviewers and admins move alerts; monitors and viewers read them.</summary>
    public static bool CanStep(Viewer viewer) => Roles.CanEdit(viewer.Role) || Roles.CanReview(viewer.Role);

    /// <summary>The stepped alert, or null when there is none with this id. A backward step throws a conflict.</summary>
    public async Task<Alert?> RunAsync(Request request, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!CanStep(viewer))
        {
            throw new AccessDeniedException("Your role can read alerts but not move them.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var alert = await db.Set<Alert>().Include(a => a.Signals).Include(a => a.History).SingleOrDefaultAsync(a => a.Id == request.AlertId, cancellationToken);
        if (alert is null)
        {
            return null;
        }
        var now = time.GetUtcNow().UtcDateTime;
        // The command line acts as the system and belongs to no organisation (as for assessments it creates).
        Guid? organization = viewer.IsSystem ? null : viewer.OrganizationId;
        var (note, classification) = (request.Note, request.NoteClassification);
        switch (request.To)
        {
            case AlertStatus.Acknowledged:
                alert.Acknowledge(now, viewer.Name, note, organization, classification);
                break;
            case AlertStatus.Escalated:
                alert.Escalate(now, viewer.Name, note, organization, classification);
                break;
            case AlertStatus.Actioned:
                alert.MarkActioned(now, viewer.Name, note, organization, classification);
                break;
            case AlertStatus.Closed:
                alert.Close(now, viewer.Name, note, organization, classification);
                break;
            default:
                throw new DomainRuleException("status", $"An alert cannot be moved to {request.To.ToString().ToLowerInvariant()}.", conflict: true);
        }
        await db.SaveChangesAsync(cancellationToken);
        return alert;
    }
}

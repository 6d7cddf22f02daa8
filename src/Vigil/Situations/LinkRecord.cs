using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Assessment;
using Vigil.Reports;
using Vigil.Speech.Monitoring;

namespace Vigil.Situations;

/// <summary>
/// Links a record to a situation by hand: an alert, an assessment, a field report or a monitored post the viewer may see, or a
/// signal. A post the viewer may not see answers as a situation they may not see (null: 404), as the post's own page does.
/// </summary>
public sealed class LinkRecord(EditableSituations situations)
{
    public sealed record Request(Guid SituationId, LinkKind Kind, Guid TargetId, string? By = null);

    public async Task<Situation?> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var db = situations.Db;
        DateTime? warnedAt = request.Kind switch
        {
            LinkKind.Alert => await db.Set<Alert>().Where(a => a.Id == request.TargetId).Select(a => (DateTime?)a.CreatedAt).SingleOrDefaultAsync(cancellationToken),
            LinkKind.Assessment => await db.Assessments.VisibleTo(situations.Viewer).Where(a => a.Id == request.TargetId)
                .Select(a => (DateTime?)a.CreatedAt).SingleOrDefaultAsync(cancellationToken),
            LinkKind.Signal => await db.Set<Signal>().Where(s => s.Id == request.TargetId).Select(s => (DateTime?)s.DetectedAt).SingleOrDefaultAsync(cancellationToken),
            // A field report warned when it arrived.
            LinkKind.FieldReport => await db.FieldReports.Where(situations.Viewer.CanSeeFilter<FieldReport>(r => r.OrganizationId, r => r.Classification))
                .Where(r => r.Id == request.TargetId).Select(r => (DateTime?)r.ReceivedAt).SingleOrDefaultAsync(cancellationToken),
            // A flagged post warned when Vigil flagged it (its classification put it before the reviewers); one Vigil did not flag warned
            // only through the person linking it, from when it was public (posted, else when it reached Vigil).
            LinkKind.Speech => await db.SpeechPosts.VisibleTo(situations.Viewer).Where(p => p.Id == request.TargetId)
                .Select(p => (DateTime?)(p.Flagged && p.ClassifiedAt != null ? p.ClassifiedAt : p.PostedAt ?? p.IngestedAt)).SingleOrDefaultAsync(cancellationToken),
            _ => throw new DomainRuleException("kind", $"kind: {KebabCase.Of(request.Kind)} records cannot be linked (alert, assessment, signal, field-report, speech)."),
        };
        var unseenPost = false;
        // Checked once the situation is found and the viewer may change it: 404 and 403 come before a bad target.
        var situation = await situations.ChangeAsync(request.SituationId, s =>
        {
            if (warnedAt is null && request.Kind == LinkKind.Speech)
            {
                unseenPost = true;
                return;
            }
            s.Link(request.Kind, request.TargetId,
                warnedAt ?? throw new DomainRuleException("targetId", $"targetId: no {KebabCase.Of(request.Kind)} {request.TargetId} that you may see."),
                situations.Who(request.By), automatic: false, situations.Now());
        }, cancellationToken);
        return unseenPost ? null : situation;
    }
}

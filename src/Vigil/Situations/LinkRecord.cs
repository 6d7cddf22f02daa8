using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Assessment;
using Vigil.Reports;

namespace Vigil.Situations;

/// <summary>
/// Links a record to a situation by hand: an alert, an assessment the viewer may see, or a signal. Hate-speech items and field
/// reports will link through the same type when those features exist.
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
            _ => throw new DomainRuleException("kind", $"kind: {KebabCase.Of(request.Kind)} records cannot be linked yet (alert, assessment, signal, field-report)."),
        };
        // Checked once the situation is found and the viewer may change it: 404 and 403 come before a bad target.
        return await situations.ChangeAsync(request.SituationId,
            s => s.Link(request.Kind, request.TargetId,
                warnedAt ?? throw new DomainRuleException("targetId", $"targetId: no {KebabCase.Of(request.Kind)} {request.TargetId} that you may see."),
                situations.Who(request.By), automatic: false, situations.Now()), cancellationToken);
    }
}

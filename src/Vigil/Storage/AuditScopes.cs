using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Vigil.Alerts;
using Vigil.Alerts.Notifications;
using Vigil.Assessment;
using Vigil.Events;
using Vigil.Forecasting;
using Vigil.Security;

namespace Vigil.Storage;

/// <summary>
/// The scope of each record the audit trail writes about (see <see cref="AuditScope"/> and decision record 0010): a
/// record with an owner and a classification carries its own; an assessment's parts and a forecast run's entries
/// belong to their parent; users, their keys, sign-in data and alert read marks, organisations and their shares are
/// account records of their organisation; the rest are system records. It lives here, beside <see cref="VigilDb"/>,
/// because it knows every feature's entities. An entity type it does not know is <see cref="AuditScope.Unknown"/>,
/// so a new feature's records are hidden from other organisations until they are listed here (a test checks that
/// every mapped type is). One instance per save: parents are looked up once.
/// </summary>
internal sealed class AuditScopes(DbContext db)
{
    public static IReadOnlySet<Type> SystemRecords { get; } = new HashSet<Type>
    {
        typeof(Alert), typeof(AlertSignal), typeof(Signal), typeof(AlertRule), typeof(AlertDigest),
        typeof(WebhookSubscription), typeof(WebhookDelivery), typeof(Event), typeof(FrameworkRecord),
    };

    private readonly Dictionary<Guid, AuditScope> _assessments = [];
    private readonly Dictionary<Guid, AuditScope> _runs = [];
    private readonly Dictionary<Guid, AuditScope> _users = [];

    public async ValueTask<AuditScope> OfAsync(EntityEntry entry, CancellationToken cancellationToken) => entry.Entity switch
    {
        RiskAssessment a => Owned(entry, a.OrganizationId, nameof(RiskAssessment.Classification)),
        IndicatorJudgement j => await AssessmentAsync(j.AssessmentId, cancellationToken),
        EvidenceItem e => await AssessmentAsync(e.AssessmentId, cancellationToken),
        ResilienceRating r => await AssessmentAsync(r.AssessmentId, cancellationToken),
        AssessmentChange c => await AssessmentAsync(c.AssessmentId, cancellationToken),
        ForecastRun r => Owned(entry, r.OrganizationId, nameof(ForecastRun.Classification)),
        ForecastEntry e => await RunAsync(e.RunId, cancellationToken),
        AlertTransition t => Owned(entry, t.OrganizationId, nameof(AlertTransition.NoteClassification)),
        VigilUser u => AuditScope.Account(u.OrganizationId),
        Organization o => AuditScope.Account(o.Id),
        OrganizationShare s => AuditScope.Account(s.OwnerId),
        ApiKey k => await UserAsync(k.UserId, cancellationToken),
        AlertRead r => await UserAsync(r.UserId, cancellationToken),
        IdentityUserClaim<Guid> c => await UserAsync(c.UserId, cancellationToken),
        IdentityUserLogin<Guid> l => await UserAsync(l.UserId, cancellationToken),
        IdentityUserToken<Guid> t => await UserAsync(t.UserId, cancellationToken),
        _ when SystemRecords.Contains(entry.Metadata.ClrType) => AuditScope.System,
        _ => AuditScope.Unknown,
    };

    private static AuditScope Owned(EntityEntry entry, Guid? organizationId, string classificationProperty)
    {
        var property = entry.Property(classificationProperty);
        var after = (Classification)property.CurrentValue!;
        var before = entry.State == EntityState.Added ? after : (Classification)property.OriginalValue!;
        return AuditScope.Owned(organizationId, before, after);
    }

    private async ValueTask<AuditScope> AssessmentAsync(Guid id, CancellationToken cancellationToken)
    {
        if (_assessments.Count == 0)
        {
            foreach (var tracked in db.ChangeTracker.Entries<RiskAssessment>())
            {
                _assessments[tracked.Entity.Id] = Owned(tracked, tracked.Entity.OrganizationId, nameof(RiskAssessment.Classification));
            }
        }
        if (!_assessments.TryGetValue(id, out var scope))
        {
            var stored = await db.Set<RiskAssessment>().AsNoTracking().Where(a => a.Id == id)
                .Select(a => new { a.OrganizationId, a.Classification }).FirstOrDefaultAsync(cancellationToken);
            scope = _assessments[id] = stored is null ? AuditScope.Unknown : new AuditScope(stored.OrganizationId, stored.Classification);
        }
        return scope;
    }

    private async ValueTask<AuditScope> RunAsync(Guid id, CancellationToken cancellationToken)
    {
        if (_runs.Count == 0)
        {
            foreach (var tracked in db.ChangeTracker.Entries<ForecastRun>())
            {
                _runs[tracked.Entity.Id] = Owned(tracked, tracked.Entity.OrganizationId, nameof(ForecastRun.Classification));
            }
        }
        if (!_runs.TryGetValue(id, out var scope))
        {
            var stored = await db.Set<ForecastRun>().AsNoTracking().Where(r => r.Id == id)
                .Select(r => new { r.OrganizationId, r.Classification }).FirstOrDefaultAsync(cancellationToken);
            scope = _runs[id] = stored is null ? AuditScope.Unknown : new AuditScope(stored.OrganizationId, stored.Classification);
        }
        return scope;
    }

    private async ValueTask<AuditScope> UserAsync(Guid id, CancellationToken cancellationToken)
    {
        if (_users.TryGetValue(id, out var scope))
        {
            return scope;
        }
        var tracked = db.ChangeTracker.Entries<VigilUser>().FirstOrDefault(u => u.Entity.Id == id);
        var organization = tracked is not null
            ? tracked.Entity.OrganizationId
            : await db.Set<VigilUser>().AsNoTracking().Where(u => u.Id == id).Select(u => (Guid?)u.OrganizationId).FirstOrDefaultAsync(cancellationToken);
        return _users[id] = organization is { } o ? AuditScope.Account(o) : AuditScope.Unknown;
    }
}

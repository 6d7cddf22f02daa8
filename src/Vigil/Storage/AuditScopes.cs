using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Vigil.Alerts;
using Vigil.Alerts.Notifications;
using Vigil.Assessment;
using Vigil.Events;
using Vigil.Events.Series;
using Vigil.Forecasting;
using Vigil.Security;

namespace Vigil.Storage;

/// <summary>
/// The scope of each record the audit trail writes about (see <see cref="AuditScope"/> and decision record 0010): a
/// record with an owner and a classification carries its own; an assessment's parts and a forecast run's entries
/// belong to their parent; users, their keys, sign-in data and alert read marks, organisations and their shares are
/// account records of their organisation; the rest are system records. It lives here, beside <see cref="VigilDb"/>,
/// because it knows every feature's entities. An entity type missing from the list is <see cref="AuditScope.Unknown"/>,
/// so a new feature's records stay hidden from other organisations until they are listed (a test checks that every
/// mapped type is). One instance per save: parents are looked up once.
/// </summary>
internal sealed class AuditScopes(DbContext db)
{
    private delegate ValueTask<AuditScope> Resolve(AuditScopes scopes, EntityEntry entry, CancellationToken cancellationToken);

    private static readonly Dictionary<Type, Resolve> ByType = new()
    {
        [typeof(RiskAssessment)] = (_, e, _) => Owned(e, nameof(RiskAssessment.OrganizationId), nameof(RiskAssessment.Classification)),
        [typeof(IndicatorJudgement)] = (s, e, ct) => s.AssessmentAsync(e, nameof(IndicatorJudgement.AssessmentId), ct),
        [typeof(EvidenceItem)] = (s, e, ct) => s.AssessmentAsync(e, nameof(EvidenceItem.AssessmentId), ct),
        [typeof(ResilienceRating)] = (s, e, ct) => s.AssessmentAsync(e, nameof(ResilienceRating.AssessmentId), ct),
        [typeof(AssessmentChange)] = (s, e, ct) => s.AssessmentAsync(e, nameof(AssessmentChange.AssessmentId), ct),
        [typeof(ForecastRun)] = (_, e, _) => Owned(e, nameof(ForecastRun.OrganizationId), nameof(ForecastRun.Classification)),
        [typeof(ForecastEntry)] = (s, e, ct) => s.RunAsync(e, nameof(ForecastEntry.RunId), ct),
        [typeof(AlertTransition)] = (_, e, _) => Owned(e, nameof(AlertTransition.OrganizationId), nameof(AlertTransition.NoteClassification)),

        [typeof(VigilUser)] = (_, e, _) => Account(e, nameof(VigilUser.OrganizationId)),
        [typeof(Organization)] = (_, e, _) => Account(e, nameof(Organization.Id)),
        [typeof(OrganizationShare)] = (_, e, _) => Account(e, nameof(OrganizationShare.OwnerId)),
        [typeof(ApiKey)] = (s, e, ct) => s.UserAsync(e, nameof(ApiKey.UserId), ct),
        [typeof(AlertRead)] = (s, e, ct) => s.UserAsync(e, nameof(AlertRead.UserId), ct),
        [typeof(IdentityUserClaim<Guid>)] = (s, e, ct) => s.UserAsync(e, nameof(IdentityUserClaim<>.UserId), ct),
        [typeof(IdentityUserLogin<Guid>)] = (s, e, ct) => s.UserAsync(e, nameof(IdentityUserLogin<>.UserId), ct),
        [typeof(IdentityUserToken<Guid>)] = (s, e, ct) => s.UserAsync(e, nameof(IdentityUserToken<>.UserId), ct),

        [typeof(Alert)] = SystemRecord,
        [typeof(AlertSignal)] = SystemRecord,
        [typeof(Signal)] = SystemRecord,
        [typeof(AlertRule)] = SystemRecord,
        [typeof(AlertDigest)] = SystemRecord,
        [typeof(WebhookSubscription)] = SystemRecord,
        [typeof(WebhookDelivery)] = SystemRecord,
        [typeof(Event)] = SystemRecord,
        [typeof(EventMonth)] = SystemRecord,
        [typeof(FrameworkRecord)] = SystemRecord,
    };

    private readonly Dictionary<Guid, AuditScope> _assessments = [];
    private readonly Dictionary<Guid, AuditScope> _runs = [];
    private readonly Dictionary<Guid, AuditScope> _users = [];

    public static bool Knows(Type entityType) => ByType.ContainsKey(entityType);

    public ValueTask<AuditScope> OfAsync(EntityEntry entry, CancellationToken cancellationToken) =>
        ByType.TryGetValue(entry.Metadata.ClrType, out var resolve) ? resolve(this, entry, cancellationToken) : ValueTask.FromResult(AuditScope.Unknown);

    private static ValueTask<AuditScope> SystemRecord(AuditScopes scopes, EntityEntry entry, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AuditScope.System);

    private static ValueTask<AuditScope> Owned(EntityEntry entry, string organizationProperty, string classificationProperty) =>
        ValueTask.FromResult(OwnedScope(entry, organizationProperty, classificationProperty));

    private static AuditScope OwnedScope(EntityEntry entry, string organizationProperty, string classificationProperty)
    {
        var classification = entry.Property(classificationProperty);
        var after = (Classification)classification.CurrentValue!;
        var before = entry.State == EntityState.Added ? after : (Classification)classification.OriginalValue!;
        return AuditScope.Owned((Guid?)entry.Property(organizationProperty).CurrentValue, before, after);
    }

    private static ValueTask<AuditScope> Account(EntityEntry entry, string organizationProperty) =>
        ValueTask.FromResult(AuditScope.Account((Guid)entry.Property(organizationProperty).CurrentValue!));

    private async ValueTask<AuditScope> AssessmentAsync(EntityEntry entry, string parentProperty, CancellationToken cancellationToken)
    {
        var id = (Guid)entry.Property(parentProperty).CurrentValue!;
        if (_assessments.Count == 0)
        {
            foreach (var tracked in db.ChangeTracker.Entries<RiskAssessment>())
            {
                _assessments[tracked.Entity.Id] = OwnedScope(tracked, nameof(RiskAssessment.OrganizationId), nameof(RiskAssessment.Classification));
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

    private async ValueTask<AuditScope> RunAsync(EntityEntry entry, string parentProperty, CancellationToken cancellationToken)
    {
        var id = (Guid)entry.Property(parentProperty).CurrentValue!;
        if (_runs.Count == 0)
        {
            foreach (var tracked in db.ChangeTracker.Entries<ForecastRun>())
            {
                _runs[tracked.Entity.Id] = OwnedScope(tracked, nameof(ForecastRun.OrganizationId), nameof(ForecastRun.Classification));
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

    private async ValueTask<AuditScope> UserAsync(EntityEntry entry, string userProperty, CancellationToken cancellationToken)
    {
        var id = (Guid)entry.Property(userProperty).CurrentValue!;
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

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Vigil.Security;

/// <summary>
/// The scope of each record the audit trail writes about, by the <see cref="AuditScopeRule"/>s the features registered.
/// One instance per save: parents and users are looked up once.
/// </summary>
internal sealed class AuditScopes(DbContext db, IReadOnlyDictionary<Type, AuditScopeRule> rules)
{
    private readonly Dictionary<(Type, Guid), AuditScope> _parents = [];
    private readonly HashSet<Type> _trackedParentsRead = [];
    private readonly Dictionary<Guid, AuditScope> _users = [];

    public ValueTask<AuditScope> OfAsync(EntityEntry entry, CancellationToken cancellationToken) =>
        rules.TryGetValue(entry.Metadata.ClrType, out var rule) ? rule.ResolveAsync(this, entry, cancellationToken) : ValueTask.FromResult(AuditScope.Unknown);

    public static AuditScope OwnedScope(EntityEntry entry, string organizationProperty, string classificationProperty)
    {
        var classification = entry.Property(classificationProperty);
        var after = (Classification)classification.CurrentValue!;
        var before = entry.State == EntityState.Added ? after : (Classification)classification.OriginalValue!;
        return AuditScope.Owned((Guid?)entry.Property(organizationProperty).CurrentValue, before, after);
    }

    public async ValueTask<AuditScope> ParentAsync<TParent>(EntityEntry entry, string parentProperty, CancellationToken cancellationToken)
        where TParent : class
    {
        var owner = rules[typeof(TParent)].Owner ?? throw new InvalidOperationException($"{typeof(TParent).Name} has no owned audit scope.");
        var key = db.Model.FindEntityType(typeof(TParent))!.FindPrimaryKey()!.Properties[0].Name;
        var id = (Guid)entry.Property(parentProperty).CurrentValue!;
        // A parent saved in the same write is read from the change tracker (it may not be stored yet).
        if (_trackedParentsRead.Add(typeof(TParent)))
        {
            foreach (var tracked in db.ChangeTracker.Entries<TParent>())
            {
                _parents[(typeof(TParent), (Guid)tracked.Property(key).CurrentValue!)] = OwnedScope(tracked, owner.Organization, owner.Classification);
            }
        }
        if (!_parents.TryGetValue((typeof(TParent), id), out var scope))
        {
            var stored = await db.Set<TParent>().AsNoTracking().Where(p => EF.Property<Guid>(p, key) == id)
                .Select(p => new { Organization = EF.Property<Guid?>(p, owner.Organization), Classification = EF.Property<Classification>(p, owner.Classification) })
                .FirstOrDefaultAsync(cancellationToken);
            scope = _parents[(typeof(TParent), id)] = stored is null ? AuditScope.Unknown : new AuditScope(stored.Organization, stored.Classification);
        }
        return scope;
    }

    public async ValueTask<AuditScope> UserAsync(EntityEntry entry, string userProperty, CancellationToken cancellationToken)
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

using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Vigil.Security;

/// <summary>
/// How the audit trail scopes the records of one entity type (see <see cref="AuditScope"/> and decision record 0010),
/// registered by the feature that maps the type (as <c>MeasureName</c> lets a feature name its measures): a record with an
/// owner and a classification carries its own; a part (an assessment's judgement, a forecast run's entry) belongs to its
/// parent; users, their keys and sign-in data, organisations and their shares are account records of their organisation;
/// the rest are system records. A type with no rule is <see cref="AuditScope.Unknown"/>, so a new feature's records stay
/// hidden from other organisations until it states their scope (a test checks that every mapped type has one).
/// Properties are named as in the entity (<c>nameof</c>).
/// </summary>
public sealed class AuditScopeRule
{
    internal delegate ValueTask<AuditScope> Resolve(AuditScopes scopes, EntityEntry entry, CancellationToken cancellationToken);

    private AuditScopeRule(Type entityType, Resolve resolve, (string Organization, string Classification)? owner = null)
    {
        EntityType = entityType;
        ResolveAsync = resolve;
        Owner = owner;
    }

    public Type EntityType { get; }

    internal Resolve ResolveAsync { get; }

    /// <summary>The properties naming an owned record's organisation and classification; null for other rules.</summary>
    internal (string Organization, string Classification)? Owner { get; }

    /// <summary>A record of no organisation (alerts, alert rules, webhooks, events, the Framework): every admin reads its entries.</summary>
    public static AuditScopeRule System<T>() => new(typeof(T), (_, _, _) => ValueTask.FromResult(AuditScope.System));

    /// <summary>A record owned by an organisation (a nullable Guid property) under a classification.</summary>
    public static AuditScopeRule Owned<T>(string organizationProperty, string classificationProperty) =>
        new(typeof(T), (_, e, _) => ValueTask.FromResult(AuditScopes.OwnedScope(e, organizationProperty, classificationProperty)),
            (organizationProperty, classificationProperty));

    /// <summary>A part of an owned record (<typeparamref name="TParent"/> has an <see cref="Owned{T}"/> rule): the parent's scope.</summary>
    public static AuditScopeRule PartOf<T, TParent>(string parentProperty) where TParent : class =>
        new(typeof(T), (s, e, ct) => s.ParentAsync<TParent>(e, parentProperty, ct));

    /// <summary>An account record of the organisation its property names.</summary>
    public static AuditScopeRule Account<T>(string organizationProperty) =>
        new(typeof(T), (_, e, _) => ValueTask.FromResult(AuditScope.Account((Guid)e.Property(organizationProperty).CurrentValue!)));

    /// <summary>A record of a user (their key, sign-in data, read marks): an account record of the user's organisation.</summary>
    public static AuditScopeRule OfUser<T>(string userProperty) =>
        new(typeof(T), (s, e, ct) => s.UserAsync(e, userProperty, ct));
}

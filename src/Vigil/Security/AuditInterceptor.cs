using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Vigil.Security;

/// <summary>
/// Writes an audit entry for every added, changed or deleted record in the same
/// transaction as the change, so no write escapes the trail. Confidential and secret
/// values are redacted (see <see cref="ConfidentialFields"/>). Each entry records the actor's organisation and the
/// record's owner and classification (<see cref="AuditScope"/>), by which admins are shown it (<see cref="AuditAccess"/>).
/// <para>
/// A record whose key the database assigns (an identity column: alert steps, framework records, events, user claims)
/// has only a temporary key until it is inserted. Its entry is therefore written just after the insert, by a second
/// save in the same transaction: Vigil opens that transaction when the caller has none, commits it once the entries are
/// written and rolls it back when either save fails, so the change and its entry are stored together or not at all
/// (decision record 0013).
/// </para>
/// </summary>
public sealed class AuditInterceptor(CurrentActor actor, TimeProvider time, IEnumerable<AuditScopeRule> scopeRules) : SaveChangesInterceptor
{
    private readonly Dictionary<Type, AuditScopeRule> _scopeRules = scopeRules.ToDictionary(r => r.EntityType);

    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "KeyHash",
        // A Data Protection key (DataProtectionKeyRecord): plain key material when no certificate encrypts it.
        "KeyXml",
    };

    /// <summary>The entries waiting for database-assigned keys, per context while its save runs (the interceptor is a singleton).</summary>
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    /// <summary>Entries to write once the keys are known, and the transaction Vigil opened for them (null: the caller's).</summary>
    private sealed record Pending(List<Func<AuditEntry>> Entries, IDbContextTransaction? OwnTransaction);

    // Nothing in Vigil saves synchronously; should something do, the scope look-ups and the entries written after the
    // insert block rather than being skipped.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && await RecordAsync(context, cancellationToken) is { Count: > 0 } later)
        {
            _pending.AddOrUpdate(context, new Pending(later,
                NeedsOwnTransaction(context) ? await context.Database.BeginTransactionAsync(cancellationToken) : null));
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            try
            {
                context.AddRange(pending.Entries.Select(entry => entry()));
                await context.SaveChangesAsync(cancellationToken);
                if (pending.OwnTransaction is not null)
                {
                    await pending.OwnTransaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                if (pending.OwnTransaction is not null)
                {
                    await pending.OwnTransaction.DisposeAsync();
                }
            }
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The change was not stored: no entry is written, and a transaction Vigil opened is rolled back.</summary>
    private void Abandon(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            pending.OwnTransaction?.Dispose();
        }
    }

    /// <summary>A caller's transaction (EF's or an ambient one) already binds the two saves together.</summary>
    private static bool NeedsOwnTransaction(DbContext context) =>
        context.Database.CurrentTransaction is null && System.Transactions.Transaction.Current is null;

    /// <summary>
    /// Adds the audit entries of this save to the context, and returns those that must wait until the database has
    /// assigned the keys they name (see the class summary).
    /// </summary>
    private async ValueTask<List<Func<AuditEntry>>> RecordAsync(DbContext context, CancellationToken cancellationToken)
    {
        var later = new List<Func<AuditEntry>>();
        context.ChangeTracker.DetectChanges();
        var viewer = actor.Viewer;
        // The command line and anonymous requests (sign-in) act for no organisation.
        Guid? actorOrganization = viewer.UserId == Guid.Empty ? null : viewer.OrganizationId;
        var now = time.GetUtcNow().UtcDateTime;
        var scopes = new AuditScopes(context, _scopeRules);
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry)
            .ToList();
        foreach (var entry in entries)
        {
            var action = entry.State switch
            {
                EntityState.Added => "create",
                EntityState.Deleted => "delete",
                _ => "update",
            };
            var changed = entry.State == EntityState.Modified
                ? entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList()
                : entry.Properties.ToList();
            if (entry.State == EntityState.Modified && changed.Count == 0)
            {
                continue;
            }
            string? before = entry.State == EntityState.Added ? null : Serialize(changed, p => p.OriginalValue);
            var scope = await scopes.OfAsync(entry, cancellationToken);
            AuditEntry Write(string? after) => new(now, viewer.IsSystem ? null : viewer.UserId, actorOrganization, viewer.Name, actor.Address, action,
                entry.Metadata.ClrType.Name, KeyOf(entry), scope, before, after);
            // Only an insert holds temporary values: its own generated key, or the key of a parent inserted in the same save.
            if (entry.State == EntityState.Added && changed.Any(p => p.IsTemporary))
            {
                later.Add(() => Write(Serialize(changed, p => p.CurrentValue)));
            }
            else
            {
                context.Add(Write(entry.State == EntityState.Deleted ? null : Serialize(changed, p => p.CurrentValue)));
            }
        }
        return later;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString() ?? ""));
    }

    private static string Serialize(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in properties)
        {
            var name = p.Metadata.Name;
            // An Identity user token's value is an authenticator key or the unused recovery codes.
            values[name] = Secret.Contains(name) || (p.EntityEntry.Entity is IdentityUserToken<Guid> && name == nameof(IdentityUserToken<>.Value)) ? "(secret)"
                : ConfidentialFields.IsConfidential(p.Metadata) && value(p) is not null ? "(confidential)"
                : value(p);
        }
        return JsonSerializer.Serialize(values);
    }
}

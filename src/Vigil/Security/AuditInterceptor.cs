using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Vigil.Storage;

namespace Vigil.Security;

/// <summary>
/// Writes an audit entry for every added, changed or deleted record in the same
/// transaction as the change, so no write escapes the trail. Confidential and secret
/// values are redacted (see <see cref="ConfidentialFields"/>). Each entry records the actor's organisation and the
/// record's owner and classification (<see cref="AuditScope"/>), by which admins are shown it (<see cref="AuditAccess"/>).
/// </summary>
public sealed class AuditInterceptor(CurrentActor actor, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "KeyHash",
    };

    // Nothing in Vigil saves synchronously; should something do, the scope look-ups block rather than being skipped.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RecordAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await RecordAsync(eventData.Context, cancellationToken);
        return result;
    }

    private async ValueTask RecordAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }
        context.ChangeTracker.DetectChanges();
        var viewer = actor.Viewer;
        // The command line and anonymous requests (sign-in) act for no organisation.
        Guid? actorOrganization = viewer.UserId == Guid.Empty ? null : viewer.OrganizationId;
        var now = time.GetUtcNow().UtcDateTime;
        var scopes = new AuditScopes(context);
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
            string? after = entry.State == EntityState.Deleted ? null : Serialize(changed, p => p.CurrentValue);
            var scope = await scopes.OfAsync(entry, cancellationToken);
            context.Add(new AuditEntry(now, viewer.IsSystem ? null : viewer.UserId, actorOrganization, viewer.Name, actor.Address, action,
                entry.Metadata.ClrType.Name, KeyOf(entry), scope, before, after));
        }
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
            values[name] = Secret.Contains(name) ? "(secret)"
                : ConfidentialFields.IsConfidential(p.Metadata) && value(p) is not null ? "(confidential)"
                : value(p);
        }
        return JsonSerializer.Serialize(values);
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Alerts;
using Vigil.Tests.Events;

namespace Vigil.Tests.Security;

/// <summary>
/// Records whose key the database assigns (alert steps: a long identity) are audited under that key, and the entry is
/// stored with the change or not at all — on SQLite and on PostgreSQL.
/// </summary>
public sealed class AuditGeneratedKeyTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task SaveChanges_NewAlertSteps_EntriesNameTheDatabaseIds(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var alert = await AlertSeed.AlertAsync(store.Services, "CAF", Now);
        await AlertSeed.StepAsync(store.Services, alert.Id, a => a.Acknowledge(Now.AddHours(1), "analyst@test.example", "démarche on Monday"));

        await using var db = await store.DbAsync();
        var steps = await db.Set<AlertTransition>().Where(t => t.AlertId == alert.Id).Select(t => t.Id).ToListAsync(ct);
        var entries = await db.AuditLog.AsNoTracking().Where(a => a.RecordType == nameof(AlertTransition)).ToListAsync(ct);

        Assert.Equal(2, steps.Count);
        Assert.All(steps, id => Assert.True(id > 0));
        Assert.Equal(steps.Order().Select(id => id.ToString(CultureInfo.InvariantCulture)), entries.Select(e => e.RecordId).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(e.RecordId, JsonDocument.Parse(e.After!).RootElement.GetProperty("Id").GetInt64().ToString(CultureInfo.InvariantCulture)));
        // Looked up by the step's id, as an admin does (GET /api/v1/admin/audit?recordType=AlertTransition&recordId=…).
        var second = steps.Max().ToString(CultureInfo.InvariantCulture);
        var trail = await db.AuditLog.AsNoTracking().Where(a => a.RecordType == nameof(AlertTransition) && a.RecordId == second).SingleAsync(ct);
        Assert.Equal("démarche on Monday", JsonDocument.Parse(trail.After!).RootElement.GetProperty("Note").GetString());
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task SaveChanges_ChangeFails_NeitherChangeNorEntryStored(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var before = await AuditCountAsync(store, ct);

        await using (var db = await store.DbAsync())
        {
            // A step of an alert that does not exist breaks the foreign key: the insert fails.
            db.Add(AlertTransition.System(Guid.NewGuid(), AlertStatus.New, AlertStatus.New, Now, "orphan step"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
        }

        await using var check = await store.DbAsync();
        Assert.False(await check.Set<AlertTransition>().AnyAsync(t => t.Note == "orphan step", ct));
        Assert.Equal(before, await AuditCountAsync(store, ct));
        // The store is usable afterwards: the transaction Vigil opened was rolled back and closed.
        await AlertSeed.AlertAsync(store.Services, "CAF", Now);
        Assert.True(await AuditCountAsync(store, ct) > before);
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task SaveChanges_AuditEntryCannotBeWritten_ChangeRolledBack(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var before = await AuditCountAsync(store, ct);
        var options = new DbContextOptionsBuilder<VigilDb>();
        store.Target.Configure(options);
        options.AddInterceptors(store.Services.GetRequiredService<AuditInterceptor>(), new RefuseStepEntries());
        options.ReplaceService<IModelCacheKeyFactory, VigilModelCacheKeyFactory>();
        Guid alertId;

        await using (var db = new VigilDb(options.Options, store.Services.GetRequiredService<ModelParts>()))
        {
            var rule = AlertRule.Create("Escalation in event data", "events", Now, "system");
            var signal = Signal.Raise("events", "acled", "CAF", "", new DateOnly(2013, 12, 1), "fatalities", ["7.8"], Now).Measured(120, 20, 6.5, SignalSeverity.High, Now);
            var alert = Alert.Raise(rule, signal, Now);
            alertId = alert.Id;
            db.AddRange(rule, signal, alert);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(ct));
        }

        await using var check = await store.DbAsync();
        Assert.False(await check.Set<Alert>().AnyAsync(a => a.Id == alertId, ct));
        Assert.False(await check.Set<AlertTransition>().AnyAsync(t => t.AlertId == alertId, ct));
        Assert.Equal(before, await AuditCountAsync(store, ct));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task SaveChanges_CallersTransactionRolledBack_NoEntryKept(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var alert = await AlertSeed.AlertAsync(store.Services, "CAF", Now);
        var before = await AuditCountAsync(store, ct);

        await using (var db = await store.DbAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var stored = await db.Set<Alert>().Include(a => a.History).SingleAsync(a => a.Id == alert.Id, ct);
            stored.Escalate(Now.AddHours(2), "analyst@test.example", "undone");
            await db.SaveChangesAsync(ct);
            var step = stored.History.Single(t => t.Note == "undone").Id.ToString(CultureInfo.InvariantCulture);
            // Inside the caller's transaction the entry is there, under the real id.
            Assert.True(await db.AuditLog.AnyAsync(a => a.RecordType == nameof(AlertTransition) && a.RecordId == step, ct));
            await transaction.RollbackAsync(ct);
        }

        await using var check = await store.DbAsync();
        Assert.False(await check.Set<AlertTransition>().AnyAsync(t => t.Note == "undone", ct));
        Assert.Equal(before, await AuditCountAsync(store, ct));
    }

    private static async Task<int> AuditCountAsync(EventStore store, CancellationToken ct)
    {
        await using var db = await store.DbAsync();
        return await db.AuditLog.CountAsync(ct);
    }

    /// <summary>Fails the save that writes the entries of alert steps (the one after the insert), as a full disk or a lost connection would.</summary>
    private sealed class RefuseStepEntries : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var added = eventData.Context!.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
            if (added.Count > 0 && added.All(e => e.Entity is AuditEntry { RecordType: nameof(AlertTransition) }))
            {
                throw new InvalidOperationException("The audit log cannot be written.");
            }
            return ValueTask.FromResult(result);
        }
    }
}

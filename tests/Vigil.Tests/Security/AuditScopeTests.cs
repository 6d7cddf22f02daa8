using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Assessment;
using Vigil.Composition;
using Vigil.Tests.Events;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Alerts;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>
/// Which audit entries an admin reads (the role × organisation matrix over HTTP is in AccessMatrixTests): the SQL filter
/// answers as <see cref="Viewer.CanSee"/>, every mapped record type has a scope, and entries written before scopes
/// existed get theirs from the records that remain.
/// </summary>
public sealed class AuditScopeTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Sharing = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private sealed record Row(Guid? Owner, Classification Classification);

    private sealed record Scoped(string Type, string Id, Guid? Actor, Guid? Owner, Classification Classification);

    [Fact]
    public void CanSeeFilter_EveryOwnerClassificationAndRole_AnswersAsCanSee()
    {
        var rows = (from owner in new Guid?[] { Own, Sharing, Other, null }
                    from classification in Enum.GetValues<Classification>()
                    select new Row(owner, classification)).ToList();
        var viewers = Roles.All.Select(role => new Viewer(Guid.NewGuid(), role, Own, role, [Sharing]))
            .Append(Viewer.System).Append(Viewer.Anonymous).ToList();

        foreach (var viewer in viewers)
        {
            var filtered = rows.AsQueryable().Where(viewer.CanSeeFilter<Row>(r => r.Owner, r => r.Classification)).ToList();
            Assert.Equal(rows.Where(r => viewer.CanSee(r.Owner, r.Classification)), filtered);
        }
        // The rule is not trivial on these rows: an analyst sees some and not others.
        Assert.InRange(rows.Count(r => viewers[1].CanSee(r.Owner, r.Classification)), 1, rows.Count - 1);
    }

    [Fact]
    public void AuditScopes_EveryMappedEntityType_HasAScope()
    {
        using var work = new TempFolder();
        using var services = new ServiceCollection().AddVigilCore(new DatabaseTarget(work.Path, null)).BuildServiceProvider();
        var stated = services.GetServices<AuditScopeRule>().Select(r => r.EntityType).ToHashSet();
        using var db = new VigilDb(new DbContextOptionsBuilder<VigilDb>().UseSqlite("Data Source=:memory:").Options);

        var unlisted = db.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => t != typeof(AuditEntry) && !stated.Contains(t)).ToList();

        Assert.Empty(unlisted);
        // Each type is stated once, by the feature that maps it.
        Assert.Equal(stated.Count, services.GetServices<AuditScopeRule>().Count());
    }

    [Theory]
    [InlineData(EventStore.Sqlite)]
    [InlineData(EventStore.Postgres)]
    public async Task Migration_ExistingEntries_ScopedFromTheRecordsThatRemain(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var services = store.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<VigilDb>>();
        VigilUser analyst, ownerAdmin, outsiderAdmin;
        await using (var scope = services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
            analyst = await accounts.AddUserAsync("analyst@owner.example", "Owner", Roles.Analyst, TestServer.Password, OrganizationKind.Un, ct);
            ownerAdmin = await accounts.AddUserAsync("admin@owner.example", "Owner", Roles.Admin, TestServer.Password, OrganizationKind.Un, ct);
            outsiderAdmin = await accounts.AddUserAsync("admin@outsider.example", "Outsider", Roles.Admin, TestServer.Password, OrganizationKind.CivilSociety, ct);
            await accounts.ShareAsync("Owner", "Outsider", ct);
        }

        // The owner's analyst writes: three assessments with a judgement and evidence, an alert step, a read mark, a key.
        var actor = services.GetRequiredService<CurrentActor>();
        actor.Set(ViewerOf(analyst), "192.0.2.1");
        var assessments = new Dictionary<string, Guid>();
        await using (var scope = services.CreateAsyncScope())
        {
            var editing = scope.ServiceProvider.GetRequiredService<AssessmentEditing>();
            foreach (var (name, classification) in new[] { ("public", Classification.Public), ("kept", Classification.Restricted), ("gone", Classification.Restricted) })
            {
                var assessment = await editing.CreateAsync(new CreateAssessmentRequest("SSD", name, new DateOnly(2026, 10, 1), "", classification), ct);
                assessments[name] = assessment.Id;
                await editing.JudgeAsync(assessment.Id, "2.1", new JudgementRequest(IndicatorStatus.Present, 2, null, null, $"{name} note", null, null,
                    [new EvidenceRequest("Interview", "file 17", null, SourceType.UnReport, 'B', 2, "Witness Amina K.")]), "", ct);
            }
        }
        var alert = await AlertSeed.AlertAsync(services, "SSD", DateTime.UtcNow);
        await services.GetRequiredService<StepAlert>().RunAsync(new StepAlert.Request(alert.Id, AlertStatus.Acknowledged, "démarche on Monday"), ViewerOf(analyst), ct);
        await services.GetRequiredService<AlertReads>().MarkReadAsync(alert.Id, analyst.Id, ct);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.ApiKeys.Add(ApiKey.Issue(analyst.Id, "laptop", DateTime.UtcNow, null).Key);
            await db.SaveChangesAsync(ct);
        }
        actor.Set(Viewer.System, "local");

        Dictionary<Guid, Scoped> written;
        HashSet<string> goneRecords;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            written = await db.AuditLog.AsNoTracking()
                .ToDictionaryAsync(a => a.Id, a => new Scoped(a.RecordType, a.RecordId, a.ActorOrganizationId, a.RecordOrganizationId, a.RecordClassification), ct);
            var gone = assessments["gone"];
            var parts = await db.EvidenceItems.Where(e => e.AssessmentId == gone).Select(e => e.Id)
                .Concat(db.AssessmentChanges.Where(c => c.AssessmentId == gone).Select(c => c.Id)).ToListAsync(ct);
            goneRecords = [gone.ToString(), $"{gone}/2.1", .. parts.Select(p => p.ToString())];
            // Deleted without the app, as an old record would have been: no entry says whose it was.
            await db.Database.ExecuteSqlAsync($"DELETE FROM assessments WHERE \"Id\" = {gone}", ct);
            // Back to the schema before scopes, and up again: the migration fills in what it can.
            await db.GetService<IMigrator>().MigrateAsync("EventActorType", ct);
            await db.Database.MigrateAsync(ct);
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var migrated = await db.AuditLog.AsNoTracking()
                .ToDictionaryAsync(a => a.Id, a => new Scoped(a.RecordType, a.RecordId, a.ActorOrganizationId, a.RecordOrganizationId, a.RecordClassification), ct);
            // Entries about records that are gone keep only their actor: Restricted to no organisation. An alert step's entry names
            // the id the database gave the step (decision record 0013), so it is found again like any other record.
            var expected = written.ToDictionary(w => w.Key, w =>
                goneRecords.Contains(w.Value.Id) ? w.Value with { Owner = null, Classification = Classification.Restricted } : w.Value);
            Assert.Contains(written.Values, w => w.Type == nameof(AlertTransition) && long.Parse(w.Id, System.Globalization.CultureInfo.InvariantCulture) > 0);
            Assert.Equal(expected.OrderBy(e => e.Key), migrated.OrderBy(e => e.Key));
            Assert.Contains(migrated.Values, m => m is { Type: nameof(RiskAssessment), Classification: Classification.Restricted, Owner: not null });
            Assert.Contains(migrated.Values, m => m is { Type: nameof(Alert), Classification: Classification.Public });

            var owners = await VisibleAsync(db, await ViewerAsync(services, ownerAdmin), ct);
            var outsiders = await VisibleAsync(db, await ViewerAsync(services, outsiderAdmin), ct);
            var everything = await VisibleAsync(db, Viewer.System, ct);
            Assert.Equal(migrated.Count, everything.Count);
            // The gone assessment's entries were written by the owner's analyst: the owner's admins still read them, nobody else.
            Assert.Contains(owners, e => e.RecordType == nameof(RiskAssessment) && e.RecordId == assessments["gone"].ToString());
            Assert.DoesNotContain(outsiders, e => goneRecords.Contains(e.RecordId));
            Assert.DoesNotContain(outsiders, e => e.RecordId.StartsWith(assessments["kept"].ToString(), StringComparison.Ordinal));
            Assert.Contains(outsiders, e => e.RecordType == nameof(IndicatorJudgement) && e.RecordId == $"{assessments["public"]}/2.1");
            Assert.DoesNotContain(outsiders, e => e.RecordType == nameof(VigilUser) && e.RecordId == analyst.Id.ToString());
            Assert.Contains(outsiders, e => e.RecordType == nameof(VigilUser) && e.RecordId == outsiderAdmin.Id.ToString());
        }
    }

    private static Viewer ViewerOf(VigilUser user) => new(user.Id, user.Email!, user.OrganizationId, user.Role, []);

    private static async Task<Viewer> ViewerAsync(IServiceProvider services, VigilUser user)
    {
        await using var scope = services.CreateAsyncScope();
        var stamp = (await scope.ServiceProvider.GetRequiredService<VigilDb>().Users.SingleAsync(u => u.Id == user.Id)).SecurityStamp;
        return (await scope.ServiceProvider.GetRequiredService<AccountAdministration>().ViewerForAsync(user.Id, stamp, CancellationToken.None))!;
    }

    private static Task<List<AuditEntry>> VisibleAsync(VigilDb db, Viewer viewer, CancellationToken cancellationToken) =>
        db.AuditLog.AsNoTracking().VisibleTo(viewer).ToListAsync(cancellationToken);
}

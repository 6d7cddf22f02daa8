using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Assessment;
using Vigil.Events;
using Vigil.Events.Series;
using Vigil.Reports;
using Vigil.Reports.Verification;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Tests.Events;
using static Vigil.Tests.Situations.SituationWork;

namespace Vigil.Tests.Reports.Verification;

/// <summary>Verification on SQLite and PostgreSQL: field events in the series, merges, claims in the queue, evidence and visibility.</summary>
public sealed class ReportVerificationStoreTests
{
    public static TheoryData<string> Providers => EventStore.Providers;

    private static readonly Viewer ReviewerA = new(Guid.NewGuid(), "rita", OrgA, Roles.Reviewer, []);
    private static readonly Viewer OtherReviewerA = new(Guid.NewGuid(), "omar", OrgA, Roles.Reviewer, []);
    private static readonly Viewer ViewerA = new(Guid.NewGuid(), "vera", OrgA, Roles.Viewer, []);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<FieldReport> ReportAsync(EventStore store, string text, DateTime occurredAt, string admin1 = "Ouham",
        Classification classification = Classification.Internal, Guid? organization = null, params string[] warningSigns)
    {
        var draft = new FieldReportDraft(Guid.NewGuid().ToString(), ReportChannel.Api, occurredAt, "CAF", text)
        {
            Admin1 = admin1,
            WarningSigns = warningSigns,
            Network = ReporterNetwork.WomensGroup,
            Harmed = [new HarmDraft(HarmedSex.Female, AgeGroup.Child, 2)],
        };
        var report = FieldReport.Receive(draft, organization ?? OrgA, classification, ReporterIdentity.None, null, null, DateTime.UtcNow);
        await using var db = await store.DbAsync();
        db.FieldReports.Add(report);
        await db.SaveChangesAsync(Ct);
        return report;
    }

    private static Task<ReportReview?> VerifyAsync(EventStore store, Viewer viewer, Guid id, string status, string reason = "confirmed by two monitors",
        string? reliability = "B", int? credibility = 2) =>
        AsAsync(store, viewer, sp => sp.GetRequiredService<VerifyReport>().RunAsync(new(id, status, reason, reliability, credibility), Ct));

    private static Task<EventSeries?> FieldSeriesAsync(EventStore store) =>
        store.Services.GetRequiredService<SeriesQueries>().ForCountryAsync("CAF", null, EventSource.Field, Ct);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Verify_ThenUnverify_FieldEventJoinsAndLeavesTheSeries(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var day = new DateTime(2026, 2, 10, 8, 0, 0, DateTimeKind.Utc);
        var report = await ReportAsync(store, "Militia burned six houses in Bossangoa", day);

        await VerifyAsync(store, ReviewerA, report.Id, "verified");

        var series = await FieldSeriesAsync(store);
        Assert.Equal(EventSource.Field, series!.Source);
        Assert.Equal(1, series.Rows.Single(r => r.Month == 202602).Events);
        // Never the country's default series: the data sets' counts are not mixed with reports.
        Assert.Null(await store.Services.GetRequiredService<SeriesQueries>().ForCountryAsync("CAF", null, null, Ct));
        await using (var db = await store.DbAsync())
        {
            var e = await db.Set<Event>().SingleAsync(x => x.Source == EventSource.Field, Ct);
            Assert.Equal((FieldEvents.SourceIdOf(report.Id), "Ouham", (string?)null, (double?)null), (e.SourceId, e.Admin1, e.Notes, e.Latitude));
            Assert.Equal(ReportStatus.Verified, (await db.FieldReports.SingleAsync(r => r.Id == report.Id, Ct)).Status);
        }

        await VerifyAsync(store, ReviewerA, report.Id, "false", "the houses were burned in 2019", "C", 5);

        Assert.Equal(0, await store.CountAsync(EventSource.Field));
        Assert.True((await FieldSeriesAsync(store))?.Rows.All(r => r.Events == 0) ?? true);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Scan_SurgeOfVerifiedReportsInOneAdmin1_BecomesAFieldSignal(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        // A year of one verified report a month in Ouham, then fifteen in one month (the detector asks for at least ten events more than expected).
        var start = new DateTime(2025, 1, 15, 8, 0, 0, DateTimeKind.Utc);
        var days = Enumerable.Range(0, 12).Select(m => start.AddMonths(m)).Concat(Enumerable.Range(0, 15).Select(d => start.AddMonths(12).AddHours(d * 7))).ToList();
        foreach (var (day, i) in days.Select((d, i) => (d, i)))
        {
            var report = await ReportAsync(store, $"Incident {i}: armed group seen on the road to Bossangoa", day);
            await VerifyAsync(store, ReviewerA, report.Id, "verified");
        }

        var findings = await store.Services.GetRequiredService<Vigil.Events.Escalation.EscalationScan>()
            .RunAsync(0, withAdmin1: true, source: null, new Vigil.Events.Escalation.EscalationOptions(), Ct);

        Assert.Contains(findings, f => f.Source == EventSource.Field && f.Admin1 == "Ouham" && f.Month == 202601);
        await using var db = await store.DbAsync();
        Assert.True(await db.Set<Vigil.Alerts.Signal>().AnyAsync(s => s.DataSource == EventSource.Field && s.Admin1 == "Ouham", Ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Merge_KeepsBothReportsAndCountsTheIncidentOnce_UnmergeUndoesIt(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var day = new DateTime(2026, 2, 10, 8, 0, 0, DateTimeKind.Utc);
        var original = await ReportAsync(store, "Armed men burned the market in Bossangoa, three traders killed.", day);
        var retold = await ReportAsync(store, "Armed men burned the Bossangoa market; three traders were killed!", day.AddHours(3));
        await VerifyAsync(store, ReviewerA, original.Id, "verified");
        await VerifyAsync(store, ReviewerA, retold.Id, "verified");
        Assert.Equal(2, await store.CountAsync(EventSource.Field));

        var queue = await AsAsync(store, ReviewerA, sp => sp.GetRequiredService<ReviewQueue>().ListAsync(new(), Ct));
        Assert.Contains(queue.Single(r => r.ReportId == retold.Id).Suggestions, s => s.OriginalId == original.Id && s.DuplicateId == retold.Id);

        await AsAsync(store, ReviewerA, sp => sp.GetRequiredService<MergeDuplicate>().RunAsync(new(retold.Id, original.Id, "same attack"), Ct));

        await using (var db = await store.DbAsync())
        {
            Assert.Equal(2, await db.FieldReports.CountAsync(Ct));
            Assert.Equal(retold.Text, (await db.FieldReports.SingleAsync(r => r.Id == retold.Id, Ct)).Text);
            Assert.Equal(ReportStatus.Duplicate, (await db.FieldReports.SingleAsync(r => r.Id == retold.Id, Ct)).Status);
        }
        Assert.Equal(1, await store.CountAsync(EventSource.Field));
        Assert.Equal(original.Id, (await AsAsync(store, ReviewerA, sp => sp.GetRequiredService<ReviewQueue>().ListAsync(new(), Ct)))
            .Single(r => r.ReportId == retold.Id).DuplicateOfId);

        await AsAsync(store, ReviewerA, sp => sp.GetRequiredService<UnmergeDuplicate>().RunAsync(new(retold.Id, "a second attack"), Ct));

        Assert.Equal(2, await store.CountAsync(EventSource.Field));
        await using var after = await store.DbAsync();
        Assert.Equal(ReportStatus.Verified, (await after.FieldReports.SingleAsync(r => r.Id == retold.Id, Ct)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Claim_IsShownToOtherReviewers_WhoCannotDecideWhileItHolds(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var report = await ReportAsync(store, "Leaflets calling for the expulsion of herders", DateTime.UtcNow.AddDays(-1));

        await AsAsync(store, ReviewerA, sp => sp.GetRequiredService<ClaimReport>().RunAsync(new(report.Id), Ct));

        var seen = await AsAsync(store, OtherReviewerA, sp => sp.GetRequiredService<ReviewQueue>().ListAsync(new(), Ct));
        Assert.Equal("rita", seen.Single().ClaimedBy);
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => VerifyAsync(store, OtherReviewerA, report.Id, "verified"));
        Assert.True(refused.Conflict);

        await AsAsync(store, ReviewerA, sp => sp.GetRequiredService<ReleaseReport>().RunAsync(new(report.Id), Ct));
        Assert.Null((await AsAsync(store, OtherReviewerA, sp => sp.GetRequiredService<ReviewQueue>().ListAsync(new(), Ct))).Single().ClaimedBy);
        Assert.Equal(ReportStatus.Verified, (await VerifyAsync(store, OtherReviewerA, report.Id, "verified"))!.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Visibility_AnotherOrganisationGetsNothing_AViewerMayNotReview(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var report = await ReportAsync(store, "Checkpoint set up by militia", DateTime.UtcNow.AddDays(-1), classification: Classification.Restricted);

        Assert.Null(await VerifyAsync(store, AnalystB, report.Id, "verified"));
        Assert.Null(await AsAsync(store, AnalystB, sp => sp.GetRequiredService<ClaimReport>().RunAsync(new(report.Id), Ct)));
        Assert.Empty(await AsAsync(store, AnalystB, sp => sp.GetRequiredService<ReviewQueue>().ListAsync(new(), Ct)));
        Assert.Equal(0, (await AsAsync(store, AnalystB, sp => sp.GetRequiredService<AnalyseReports>().RunAsync("CAF", Ct))).Reports);
        await Assert.ThrowsAsync<AccessDeniedException>(() => VerifyAsync(store, ViewerA, report.Id, "verified"));
        var merge = await Assert.ThrowsAsync<DomainRuleException>(() => AsAsync(store, AnalystA, sp => sp.GetRequiredService<MergeDuplicate>()
            .RunAsync(new(report.Id, Guid.NewGuid(), "same"), Ct)));
        Assert.Equal("originalId", merge.Field);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AttachEvidence_WarningSigns_BecomeGradedEvidenceOnTheIndicators(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var assessment = await AssessmentAsync(store, "CAF", OrgA);
        var report = await ReportAsync(store, "Radio host called the herders cockroaches", DateTime.UtcNow.AddDays(-2), warningSigns: ["5.1"]);
        await VerifyAsync(store, ReviewerA, report.Id, "verified", reliability: "B", credibility: 2);

        var attached = await AsAsync(store, AnalystA, sp => sp.GetRequiredService<AttachReportEvidence>().RunAsync(new(report.Id, assessment.Id), Ct));

        Assert.Equal(["5.1"], attached!);
        await using var db = await store.DbAsync();
        var stored = await db.Assessments.Include(a => a.Evidence).SingleAsync(a => a.Id == assessment.Id, Ct);
        var item = Assert.Single(stored.Evidence);
        Assert.Equal(("5.1", "B2", SourceType.LocalMonitor, $"report:{report.Id}"), (item.Target, item.Grade.ToString(), item.SourceType, item.Reference));
        Assert.Null(await AsAsync(store, AnalystB, sp => sp.GetRequiredService<AttachReportEvidence>().RunAsync(new(report.Id, assessment.Id), Ct)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Corroborate_OtherReportAndEvent_AreLinked_UnknownTargetsRefused(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var day = new DateTime(2026, 2, 10, 8, 0, 0, DateTimeKind.Utc);
        var report = await ReportAsync(store, "Village of Bouca attacked", day);
        var other = await ReportAsync(store, "Gunfire heard near Bouca all night", day);
        await VerifyAsync(store, ReviewerA, other.Id, "verified");
        await using (var db = await store.DbAsync())
        {
            var eventId = await db.Set<Event>().Where(e => e.Source == EventSource.Field).Select(e => e.Id).SingleAsync(Ct);
            var review = await AsAsync(store, ReviewerA, sp => sp.GetRequiredService<CorroborateReport>()
                .RunAsync(new(report.Id, CorroborationKind.Event, eventId.ToString(System.Globalization.CultureInfo.InvariantCulture)), Ct));
            Assert.Equal($"field:{FieldEvents.SourceIdOf(other.Id)}", review!.Corroborations.Single().Target);
        }
        await AsAsync(store, ReviewerA, sp => sp.GetRequiredService<CorroborateReport>().RunAsync(new(report.Id, CorroborationKind.Report, other.Id.ToString()), Ct));

        Assert.Equal("target", (await Assert.ThrowsAsync<DomainRuleException>(() => AsAsync(store, ReviewerA, sp => sp.GetRequiredService<CorroborateReport>()
            .RunAsync(new(report.Id, CorroborationKind.Event, "acled:none"), Ct)))).Field);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LinkRecord_FieldReport_LinksToASituation(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var situation = await OpenAsync(store, AnalystA);
        var report = await ReportAsync(store, "Mosque threatened", DateTime.UtcNow.AddDays(-1));

        var linked = await AsAsync(store, AnalystA, sp => sp.GetRequiredService<LinkRecord>().RunAsync(new(situation.Id, LinkKind.FieldReport, report.Id), Ct));

        Assert.Contains(linked!.Links, l => l.Kind == LinkKind.FieldReport && l.TargetId == report.Id);
        await Assert.ThrowsAsync<DomainRuleException>(() => AsAsync(store, AnalystA, sp => sp.GetRequiredService<LinkRecord>()
            .RunAsync(new(situation.Id, LinkKind.FieldReport, Guid.NewGuid()), Ct)));
    }
}

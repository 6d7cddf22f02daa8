using Microsoft.EntityFrameworkCore;
using Vigil.Situations.Cases;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Tests.Alerts;
using Vigil.Tests.Events;
using static Vigil.Tests.Situations.SituationWork;

namespace Vigil.Tests.Situations;

/// <summary>Situations stored and read back on SQLite and PostgreSQL: the lag, status rules, options, coordination and visibility.</summary>
public sealed class SituationStoreTests
{
    public static TheoryData<string> Providers => EventStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Lag_BackDatedRisesAndAlerts_DaysToFirstActionTakenAndNeverActedOn(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var situation = await OpenAsync(store, AnalystA);
        var alert = await AlertSeed.AlertAsync(store.Services, "CAF", DateTime.UtcNow.AddDays(-20));
        await AsAsync(store, AnalystA, sp => sp.GetRequiredService<LinkRecord>()
            .RunAsync(new(situation.Id, LinkKind.Alert, alert.Id), TestContext.Current.CancellationToken));
        // Recognised late: the rise to early warning is back-dated 30 days, before the situation was opened.
        await StatusAsync(store, AnalystA, situation.Id, SituationStatus.EarlyWarning, DateTime.UtcNow.AddDays(-30));
        await ActAsync(store, AnalystA, situation.Id, new(ActorKind.Un, "UN envoy", "mediation", Day(-25), "Envoy visit"));
        // A planned action is an intention, not action taken: it ends no wait.
        await ActAsync(store, AnalystA, situation.Id, new(ActorKind.Regional, "AU", "preventive-diplomacy", Day(-22), "Planned mission", Status: ActionStatus.Planned));
        await ActAsync(store, AnalystA, situation.Id, new(ActorKind.CivilSociety, "Women's network", "civil-society-support", Day(-10), "Dialogue"));

        var details = (await DetailsAsync(store, AnalystA, situation.Id))!;
        Assert.Equal([5, 10], details.Lag.Points.Select(p => p.DaysToAction));
        Assert.Equal(10, details.Lag.LatestDays);
        Assert.Equal(7.5, details.Lag.MedianDays);

        await StatusAsync(store, AnalystA, situation.Id, SituationStatus.EarlyAction, DateTime.UtcNow.AddDays(-5));
        details = (await DetailsAsync(store, AnalystA, situation.Id))!;
        Assert.Equal([5, 10, null], details.Lag.Points.Select(p => p.DaysToAction));
        Assert.Null(details.Lag.LatestDays);
        Assert.True(details.Lag.LatestWaiting);

        var across = await AsAsync(store, AnalystA, sp => sp.GetRequiredService<SituationQueries>()
            .LagAsync(AnalystA, TestContext.Current.CancellationToken));
        Assert.Equal((3, 2, 1), (across.Warnings, across.ActedOn, across.NeverActedOn));
        Assert.Equal(7.5, across.MedianDays);
        Assert.Equal(1 / 3.0, across.ShareWithin7Days!.Value, 6);
        Assert.Equal(2 / 3.0, across.ShareWithin30Days!.Value, 6);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Status_Rules_ReasonFutureDateOutcomeAndBackDatedOrder(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var situation = await OpenAsync(store, AnalystA);

        Assert.Equal("reason", (await Assert.ThrowsAsync<DomainRuleException>(() => StatusAsync(store, AnalystA, situation.Id, SituationStatus.EarlyWarning, null, reason: " "))).Field);
        Assert.Equal("at", (await Assert.ThrowsAsync<DomainRuleException>(() => StatusAsync(store, AnalystA, situation.Id, SituationStatus.EarlyWarning, DateTime.UtcNow.AddDays(2)))).Field);
        Assert.Equal("outcome", (await Assert.ThrowsAsync<DomainRuleException>(() => StatusAsync(store, AnalystA, situation.Id, SituationStatus.Closed, null))).Field);

        await StatusAsync(store, AnalystA, situation.Id, SituationStatus.EarlyAction, DateTime.UtcNow.AddDays(-3));
        // Back-dated before the change above: it takes its place in time and leaves the current status alone.
        var stored = await StatusAsync(store, AnalystA, situation.Id, SituationStatus.EarlyWarning, DateTime.UtcNow.AddDays(-10));
        Assert.Equal(SituationStatus.EarlyAction, stored!.Status);
        var read = (await DetailsAsync(store, AnalystA, situation.Id))!.Situation;
        Assert.Equal([SituationStatus.Watch, SituationStatus.EarlyWarning, SituationStatus.EarlyAction], read.History.Select(c => c.To));
        Assert.All(read.History.Skip(1), c => Assert.Equal("ana", c.By));

        var closed = await StatusAsync(store, AnalystA, situation.Id, SituationStatus.Closed, null, SituationOutcome.Averted, "agreement holds");
        Assert.Equal((SituationStatus.Closed, SituationOutcome.Averted), (closed!.Status, closed.Outcome));
        // Closing files it in the case library, with its owner, classification, outcome and history.
        await using (var db = await store.DbAsync())
        {
            var filed = await db.Cases.SingleAsync(c => c.SourceSituationId == situation.Id, TestContext.Current.CancellationToken);
            Assert.Equal(("averted", closed.OrganizationId, closed.Classification), (filed.Outcome, filed.OrganizationId, filed.Classification));
            Assert.Contains(filed.Timeline, e => e.Text.En.Contains("agreement holds", StringComparison.Ordinal));
        }
        // It may move down again (reopened); the outcome goes with the closing.
        var reopened = await StatusAsync(store, AnalystA, situation.Id, SituationStatus.Watch, null);
        Assert.Equal((SituationStatus.Watch, (SituationOutcome?)null), (reopened!.Status, reopened.Outcome));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Options_PresentFactorsOrderedByScore_UncoveredShrinkAsActionsAddressThem(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        // RF5 (means) present and severe, RF9 (tension between groups) one indicator, mild.
        await AssessmentAsync(store, "CAF", OrgA, "5.1", "5.2", "5.3", "5.4", "5.5", "9.1:1");
        var situation = await OpenAsync(store, AnalystA);

        var proposal = (await DetailsAsync(store, AnalystA, situation.Id))!.Proposal;
        Assert.True(proposal.Draft);
        Assert.Equal(["RF5", "RF9"], proposal.PresentFactors.Select(f => f.Id));
        Assert.True(proposal.PresentFactors[0].Score > proposal.PresentFactors[1].Score);
        Assert.Equal("arms-restriction", proposal.Options[0].Id);
        Assert.Equal(["arms-restriction", "political-engagement", "preventive-diplomacy", "counter-hate-speech", "civil-society-support", "transitional-justice"],
            proposal.Options.Select(o => o.Id));
        Assert.Equal(["RF5", "RF9"], proposal.Uncovered.Select(f => f.Id));

        await ActAsync(store, AnalystA, situation.Id, new(ActorKind.Un, "Panel of experts", "arms-restriction", Day(-1), "Arms embargo monitoring"));
        proposal = (await DetailsAsync(store, AnalystA, situation.Id))!.Proposal;
        Assert.Equal(["RF9"], proposal.Uncovered.Select(f => f.Id));
        Assert.DoesNotContain(proposal.Options, o => o.Id == "arms-restriction");

        // Another organisation's viewer does not see organisation A's internal assessment: nothing to propose from.
        var situationB = await OpenAsync(store, AnalystB);
        Assert.Null((await DetailsAsync(store, AnalystB, situationB.Id))!.Proposal.AssessmentId);

        Assert.Equal("option", (await Assert.ThrowsAsync<DomainRuleException>(() =>
            ActAsync(store, AnalystA, situation.Id, new(ActorKind.Un, "UN", "wishful-thinking", Day(-1), "x")))).Field);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Coordination_CompetingMediationAndContradictoryStances_Flagged(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var situation = await OpenAsync(store, AnalystA);
        // All in one past month, so that "the same month" does not depend on the day the test runs.
        var month = new DateOnly(Day(0).Year, Day(0).Month, 1).AddMonths(-2);
        await ActAsync(store, AnalystA, situation.Id, new(ActorKind.Un, "UN envoy", "mediation", month, "Talks", Stance: ActionStance.Engagement,
            Status: ActionStatus.UnderWay));
        await ActAsync(store, AnalystA, situation.Id, new(ActorKind.NeighbouringState, "Neighbour", "mediation", month.AddDays(5), "Parallel talks", Until: month.AddDays(10),
            Stance: ActionStance.Support));
        // Coordinated with the envoy: not a competing channel.
        await ActAsync(store, AnalystA, situation.Id, new(ActorKind.SubRegional, "ECOWAS", "mediation", month.AddDays(6), "Joint track", Until: month.AddDays(8),
            CoordinatedWith: "UN envoy; Neighbour"));
        await ActAsync(store, AnalystA, situation.Id, new(ActorKind.GuarantorState, "Guarantor", "political-engagement", month.AddDays(7), "Sanctions threat",
            Stance: ActionStance.Pressure), new CommitmentDetails("Release detainees", "Government", month.AddDays(20), CommitmentImplementation.Partly, GenderProvision: true),
            new CommitmentDetails("Hold talks", "Opposition", month.AddDays(21), CommitmentImplementation.Yes));

        var coordination = (await DetailsAsync(store, AnalystA, situation.Id))!.Coordination;
        var channel = Assert.Single(coordination.CompetingChannels);
        Assert.Equal(("UN envoy", "Neighbour", month.AddDays(5), month.AddDays(10)), (channel.FirstActor, channel.SecondActor, channel.From, channel.To));
        Assert.Null(coordination.Lead);
        Assert.Equal(["UN envoy", "Neighbour", "ECOWAS", "Guarantor"], coordination.Timeline.Select(t => t.Actor));
        var stance = Assert.Single(coordination.ContradictoryStances);
        Assert.Equal(month, stance.Month);
        Assert.Equal(["Guarantor"], stance.PressureActors);
        Assert.Equal(["Neighbour"], stance.SupportActors);
        var overdue = Assert.Single(coordination.OverdueCommitments);
        Assert.Equal(("Release detainees", true), (overdue.Text, overdue.GenderProvision));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Visibility_OtherOrganisationsAndClassifications_SeeNothing(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var restricted = await OpenAsync(store, AnalystA, classification: Classification.Restricted);
        var internalOne = await OpenAsync(store, AnalystA, "SSD");
        var publicOne = await OpenAsync(store, AnalystA, "MMR", Classification.Public);
        var partner = new Viewer(Guid.NewGuid(), "pat", OrgB, Roles.Analyst, [OrgA]);
        var viewerA = new Viewer(Guid.NewGuid(), "vic", OrgA, Roles.Viewer, []);

        Assert.Null(await DetailsAsync(store, AnalystB, restricted.Id));
        Assert.Null(await DetailsAsync(store, AnalystB, internalOne.Id));
        Assert.NotNull(await DetailsAsync(store, AnalystB, publicOne.Id));
        Assert.Null(await DetailsAsync(store, partner, restricted.Id));
        Assert.NotNull(await DetailsAsync(store, partner, internalOne.Id));
        Assert.NotNull(await DetailsAsync(store, viewerA, restricted.Id));
        var listed = await AsAsync(store, AnalystB, sp => sp.GetRequiredService<SituationQueries>()
            .ListAsync(AnalystB, new(), TestContext.Current.CancellationToken));
        Assert.Equal([publicOne.Id], listed.Select(r => r.Id));
        // A public situation of another organisation is read, not changed; a hidden one is not found.
        await Assert.ThrowsAsync<AccessDeniedException>(() => StatusAsync(store, AnalystB, publicOne.Id, SituationStatus.EarlyWarning, null));
        Assert.Null(await StatusAsync(store, AnalystB, restricted.Id, SituationStatus.EarlyWarning, null));
        await Assert.ThrowsAsync<AccessDeniedException>(() => StatusAsync(store, viewerA, restricted.Id, SituationStatus.EarlyWarning, null));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RaiseAlerts_NewAlertOfTheSituationsPlace_LinkedWhileOpen(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var open = await OpenAsync(store, AnalystA, "COD");
        var closed = await OpenAsync(store, AnalystA, "COD");
        await StatusAsync(store, AnalystA, closed.Id, SituationStatus.Closed, null, SituationOutcome.Unclear);
        var ct = TestContext.Current.CancellationToken;
        await using (var db = await store.DbAsync())
        {
            var recent = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2);
            db.Add(Vigil.Alerts.Signal.Raise("events", "acled", "COD", "Ituri", recent.AddDays(1 - recent.Day), "fatalities", ["7.8"], DateTime.UtcNow)
                .Measured(120, 20, 6.5, Vigil.Alerts.SignalSeverity.High, DateTime.UtcNow));
            // An import of old data: an alert about a month years ago is history and links to nothing.
            db.Add(Vigil.Alerts.Signal.Raise("events", "acled", "COD", "Ituri", new DateOnly(2013, 12, 1), "civilian-deaths", ["7.8"], DateTime.UtcNow)
                .Measured(120, 20, 6.5, Vigil.Alerts.SignalSeverity.High, DateTime.UtcNow));
            await db.SaveChangesAsync(ct);
        }
        await store.Services.GetRequiredService<Vigil.Alerts.RaiseAlerts>().RunAsync(ct);

        var link = Assert.Single((await DetailsAsync(store, AnalystA, open.Id))!.Situation.Links);
        Assert.True(link.Automatic);
        Assert.Empty((await DetailsAsync(store, AnalystA, closed.Id))!.Situation.Links);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Open_StandingAlertsOfItsPlace_LinkedAutomatically_ClosedOldAndElsewhereNot(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var raised = DateTime.UtcNow.AddDays(-40);
        var lastMonth = DateOnly.FromDateTime(raised).AddDays(1 - raised.Day);
        var ituri = await AlertSeed.AlertAsync(store.Services, "COD", raised, admin1: "Ituri", period: lastMonth);
        var countryWide = await AlertSeed.AlertAsync(store.Services, "COD", raised.AddDays(5), period: lastMonth.AddMonths(-1));
        var closed = await AlertSeed.AlertAsync(store.Services, "COD", raised, admin1: "Ituri", period: lastMonth.AddMonths(-2));
        // Raised by an import of old data: open, but about a month years ago, so history rather than a standing warning.
        var history = await AlertSeed.AlertAsync(store.Services, "COD", raised, admin1: "Ituri", period: new DateOnly(2013, 12, 1));
        var elsewhere = await AlertSeed.AlertAsync(store.Services, "CAF", raised, period: lastMonth);
        await using (var db = await store.DbAsync())
        {
            var stored = await db.Set<Vigil.Alerts.Alert>().SingleAsync(a => a.Id == closed.Id, ct);
            stored.Close(DateTime.UtcNow, "analyst", "resolved");
            await db.SaveChangesAsync(ct);
        }

        var whole = await OpenAsync(store, AnalystA, "COD");
        var links = (await DetailsAsync(store, AnalystA, whole.Id))!.Situation.Links;
        Assert.Equal(new[] { ituri.Id, countryWide.Id }.Order(), links.Select(l => l.TargetId).Order());
        Assert.All(links, l => Assert.True(l.Automatic && l.Kind == LinkKind.Alert));
        // The warning-to-action lag starts at the alert, not at the opening.
        Assert.Equal(ituri.CreatedAt, links.Single(l => l.TargetId == ituri.Id).WarnedAt, TimeSpan.FromSeconds(1));

        // A situation of named areas takes only the alerts of those areas, as alerts raised later do.
        var kivu = await AsAsync(store, AnalystA, sp => sp.GetRequiredService<OpenSituation>()
            .RunAsync(new("COD", "North Kivu", Areas: ["North Kivu"]), ct));
        Assert.Empty((await DetailsAsync(store, AnalystA, kivu.Id))!.Situation.Links);
        Assert.DoesNotContain(elsewhere.Id, links.Select(l => l.TargetId));
        Assert.DoesNotContain(history.Id, links.Select(l => l.TargetId));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Situations.Cases;
using Vigil.Tests.Events;

namespace Vigil.Tests.Situations;

/// <summary>A closed situation becomes a case: its data carried over, its owner and classification kept, the factors not rated; closing again replaces the case.</summary>
public sealed class CreateCaseFromSituationTests
{
    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task RunAsync_ClosedTwice_OneCaseLinkedToTheSituationWithItsLatestData(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var situation = Guid.NewGuid();
        var owner = Guid.NewGuid();
        CreateCaseFromSituation.Request Close(string outcome) => new(situation, "SSD", "Jonglei watch", "Raids between communities.", outcome,
            new DateOnly(2026, 1, 5), new DateOnly(2026, 6, 30),
            [(new DateOnly(2026, 1, 5), "Opened from an alert"), (new DateOnly(2026, 2, 1), "IGAD envoy visit")],
            ["mediation", "mediation", "humanitarian-action"], [("IGAD", "sub-regional"), ("Church leaders", "religious-leader")],
            owner, Classification.Restricted, "analyst@un.example");

        await using (var scope = store.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CreateCaseFromSituation>().RunAsync(Close("limited"), ct);
        }
        await using (var scope = store.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CreateCaseFromSituation>().RunAsync(Close("averted"), ct);
        }

        var stored = Assert.Single(await CaseStore.AllAsync(store));
        Assert.Equal(situation, stored.SourceSituationId);
        Assert.Equal("averted", stored.Outcome);
        Assert.Equal((owner, Classification.Restricted), (stored.OrganizationId, stored.Classification));
        Assert.Equal(["mediation", "humanitarian-action"], stored.Options);
        Assert.Equal(["2026-01-05", "2026-02-01"], stored.Timeline.Select(e => e.Date));
        Assert.All(stored.Factors, f => Assert.Equal(CaseVocabulary.NotRated, f.Rating));
        Assert.Empty(await CaseStore.SearchAsync(store, new Viewer(Guid.NewGuid(), "other", Guid.NewGuid(), Roles.Admin, []), "jonglei"));
        Assert.Single(await CaseStore.SearchAsync(store, new Viewer(Guid.NewGuid(), "owner", owner, Roles.Viewer, []), "jonglei igad"));
    }
}

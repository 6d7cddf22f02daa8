using Vigil.Security;
using Vigil.Situations.Cases;
using Vigil.Storage;
using Vigil.Tests.Events;

namespace Vigil.Tests.Situations;

/// <summary>Cases are read by the one rule of <see cref="Viewer.CanSee"/> on both providers: owner organisation, sharing, classification, role.</summary>
public sealed class CaseVisibilityTests
{
    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task SearchAndLoad_CasesOfEachClassification_OnlyWhatTheViewerMaySee(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var owner = Guid.NewGuid();
        var example = ExampleCases.Embedded().Cases[0];
        var inputs = Enum.GetValues<Classification>()
            .Select(c => example with { Id = Guid.NewGuid(), Classification = c.ToString().ToLowerInvariant(), Title = new LocalizedText($"{c} case", $"{c} 案例") })
            .ToList();
        await CaseStore.RecordAsync(store, inputs, owner);
        var all = await CaseStore.AllAsync(store);
        Viewer[] viewers =
        [
            new(Guid.NewGuid(), "analyst", owner, Roles.Analyst, []),
            new(Guid.NewGuid(), "monitor", owner, Roles.Monitor, []),
            new(Guid.NewGuid(), "partner", Guid.NewGuid(), Roles.Analyst, [owner]),
            new(Guid.NewGuid(), "stranger", Guid.NewGuid(), Roles.Admin, []),
        ];

        foreach (var viewer in viewers)
        {
            var expected = all.Where(c => viewer.CanSee(c.OrganizationId, c.Classification)).Select(c => c.Id).Order().ToList();
            Assert.Equal(expected, (await CaseStore.SearchAsync(store, viewer, null)).Select(c => c.Id).Order());
            // Search narrows what is visible, never widens it: every case's title holds "case".
            Assert.Equal(expected, (await CaseStore.SearchAsync(store, viewer, "case 案例")).Select(c => c.Id).Order());
            await using var db = await store.DbAsync();
            foreach (var c in all)
            {
                Assert.Equal(expected.Contains(c.Id), await db.LoadCaseAsync(c.Id, viewer, ct) is not null);
            }
        }
        Assert.Equal(["Public case"], (await CaseStore.SearchAsync(store, viewers[3], null)).Select(c => c.TitleEn));
        Assert.Equal(3, (await CaseStore.SearchAsync(store, viewers[1], null)).Count);
        Assert.Equal(4, (await CaseStore.SearchAsync(store, Viewer.System, null)).Count);
    }
}

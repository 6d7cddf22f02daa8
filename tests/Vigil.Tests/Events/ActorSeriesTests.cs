using Microsoft.Extensions.DependencyInjection;
using Vigil.Events;
using Vigil.Events.Series;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>The by-actor series: events and fatalities per month by the primary actor's type.</summary>
public sealed class ActorSeriesTests : IDisposable
{
    private const string AcledHeader = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,inter1,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,iso3";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("Military Forces of Central African Republic (2016-)", ActorTypes.State)]
    [InlineData("Police Forces of Central African Republic (2016-)", ActorTypes.State)]
    [InlineData("Government of Central African Republic", ActorTypes.State)]
    [InlineData("Anti-Balaka Militia", ActorTypes.Militias)]
    [InlineData("Fulani Ethnic Militia (Central African Republic)", ActorTypes.Militias)]
    [InlineData("Seleka", ActorTypes.Rebels)]
    [InlineData("Protesters (Central African Republic)", ActorTypes.CiviliansOther)]
    [InlineData("Unidentified Armed Group (Central African Republic)", ActorTypes.CiviliansOther)]
    [InlineData(null, ActorTypes.CiviliansOther)]
    public void Of_ActorName_Type(string? actor, string expected) => Assert.Equal(expected, ActorTypes.Of(actor));

    [Theory]
    [InlineData(ActorType.StateForces, ActorTypes.State)]
    [InlineData(ActorType.RebelGroup, ActorTypes.Rebels)]
    [InlineData(ActorType.PoliticalMilitia, ActorTypes.Militias)]
    [InlineData(ActorType.IdentityMilitia, ActorTypes.Militias)]
    [InlineData(ActorType.Rioters, ActorTypes.CiviliansOther)]
    [InlineData(ActorType.Protesters, ActorTypes.CiviliansOther)]
    [InlineData(ActorType.Civilians, ActorTypes.CiviliansOther)]
    [InlineData(ActorType.ExternalOther, ActorTypes.State)]
    public void Of_StoredType_GroupRegardlessOfName(ActorType stored, string expected) =>
        Assert.Equal(expected, ActorTypes.Of(stored, "Some Militia"));

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task ByActor_SyntheticEvents_SumsToPlainSeries(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(_temp.Write("acled.csv",
        [
            AcledHeader,
            "CEN1,2013-01-05,2013,1,Violence against civilians,Attack,Seleka,Civilians,2,7,Central African Republic,Bangui,Bangui,Bangui,4.36,18.58,1,3,n,CAF",
            "CEN2,2013-01-20,2013,1,Battles,Armed clash,Military Forces of Central African Republic (2013-),Seleka,1,2,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,10,n,CAF",
            "CEN3,2013-03-02,2013,1,Violence against civilians,Attack,Anti-Balaka Militia,Civilians,4,7,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,7,n,CAF",
            "CEN4,2013-03-09,2013,1,Protests,Peaceful protest,Protesters (Central African Republic),,6,0,Central African Republic,Bangui,Bangui,Bangui,4.36,18.58,1,0,n,CAF",
            "CEN5,2013-03-19,2013,1,Battles,Armed clash,Seleka,Anti-Balaka Militia,2,4,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,4,n,CAF",
        ]));
        var queries = store.Services.GetRequiredService<SeriesQueries>();
        var ct = TestContext.Current.CancellationToken;

        foreach (var admin1 in new string?[] { null, "Ouham" })
        {
            var plain = (await queries.ForCountryAsync("CAF", admin1, null, ct))!.Rows;
            var byActor = (await queries.ByActorAsync("CAF", admin1, null, ct))!;
            Assert.Equal(plain.Count * ActorTypes.All.Count, byActor.Count);
            Assert.Equal(
                plain.Select(r => (r.Month, r.Events, r.Fatalities)),
                byActor.GroupBy(r => r.Month).Select(g => (g.Key, g.Sum(r => r.Events), g.Sum(r => r.Fatalities))));
        }

        var national = (await queries.ByActorAsync("CAF", null, null, ct))!;
        int EventsOf(int month, string type) => national.Single(r => r.Month == month && r.ActorType == type).Events;
        Assert.Equal((1, 1, 0), (EventsOf(201301, ActorTypes.State), EventsOf(201301, ActorTypes.Rebels), EventsOf(201301, ActorTypes.Militias)));
        Assert.Equal((1, 1, 1), (EventsOf(201303, ActorTypes.Rebels), EventsOf(201303, ActorTypes.Militias), EventsOf(201303, ActorTypes.CiviliansOther)));
        Assert.All(national.Where(r => r.Month == 201302), r => Assert.Equal((0, 0), (r.Events, r.Fatalities)));

        using var text = new StringWriter();
        await ActorSeriesCsv.WriteAsync(text, national, ct);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("country,admin1,month,actor_type,events,fatalities", lines[0]);
        Assert.Contains("CAF,,2013-01,state,1,10", lines);
    }
}

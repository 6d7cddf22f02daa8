using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Events;
using Vigil.Events.Series;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>The primary actor's type as each source codes it: stored at import, used first by the by-actor series.</summary>
public sealed class ActorTypeImportTests : IDisposable
{
    private const string AcledHeader = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,inter1,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,iso3";
    private const string AcledApiHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";
    private const string GedHeader = "id,year,type_of_violence,side_a,side_b,country,country_id,adm_1,adm_2,where_coordinates,latitude,longitude,where_prec,date_start,date_end,date_prec,best,low,high,deaths_civilians,source_article";

    // Names that the name rule reads differently from ACLED's codes: the codes must win.
    private static readonly string[] CarRows =
    [
        AcledHeader,
        "CAF1,2021-01-05,2021,1,Violence against civilians,Attack,Pro-Government Militia (Central African Republic),Civilians (Central African Republic),1,7,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,5,n,CAF",
        "CAF2,2021-01-09,2021,1,Violence against civilians,Attack,Unidentified Armed Group (Central African Republic),Civilians (Central African Republic),3,7,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,2,n,CAF",
        "CAF3,2021-01-12,2021,1,Violence against civilians,Attack,Wagner Group,Civilians (Central African Republic),8,7,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,12,n,CAF",
        "CAF4,2021-01-20,2021,1,Battles,Armed clash,3R: Return Reclamation Rehabilitation,Military Forces of the Central African Republic (2016-),2,1,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,3,n,CAF",
        "CAF5,2021-01-25,2021,1,Riots,Mob violence,Rioters (Central African Republic),Civilians (Central African Republic),5,7,Central African Republic,Bangui,Bangui,Bangui,4.36,18.58,1,1,n,CAF",
        "CAF6,2021-01-28,2021,1,Battles,Armed clash,Anti-Balaka,Fulani Ethnic Militia (Central African Republic),4,4,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,4,n,CAF",
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_AcledInterCodes_StoresInter1AsActorType(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(_temp.Write("acled.csv",
        [
            .. CarRows,
            "CAF7,2021-02-02,2021,1,Protests,Peaceful protest,Protesters (Central African Republic),,6,0,Central African Republic,Bangui,Bangui,Bangui,4.36,18.58,1,0,n,CAF",
            "CAF8,2021-02-03,2021,1,Violence against civilians,Attack,Civilians (Central African Republic),,7,0,Central African Republic,Bangui,Bangui,Bangui,4.36,18.58,1,0,n,CAF",
            "CAF9,2021-02-04,2021,1,Strategic developments,Other,Seleka,,0,0,Central African Republic,Bangui,Bangui,Bangui,4.36,18.58,1,0,n,CAF",
            "CAF10,2021-02-05,2021,1,Strategic developments,Other,Seleka,,,,Central African Republic,Bangui,Bangui,Bangui,4.36,18.58,1,0,n,CAF",
        ]));

        Assert.Equal(new Dictionary<string, ActorType?>
        {
            ["CAF1"] = ActorType.StateForces, ["CAF2"] = ActorType.PoliticalMilitia, ["CAF3"] = ActorType.ExternalOther,
            ["CAF4"] = ActorType.RebelGroup, ["CAF5"] = ActorType.Rioters, ["CAF6"] = ActorType.IdentityMilitia,
            ["CAF7"] = ActorType.Protesters, ["CAF8"] = ActorType.Civilians, ["CAF9"] = null, ["CAF10"] = null,
        }, await TypesAsync(store));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_AcledInterLabels_StoresTheirCodes(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        string Row(string id, string inter1) =>
            $"{id},2024-03-01,2024,1,Political violence,Battles,Armed clash,Some Actor,,{inter1},,,,,,BEN,Western Africa,Benin,Alibori,Karimama,Karimama,Karimama,12.07,3.18,1,Source,National,n,0,,1710000000";
        await store.ImportAsync(_temp.Write("acled_api.csv",
        [
            AcledApiHeader,
            Row("BEN1", "State forces"), Row("BEN2", "Rebel group"), Row("BEN3", "Political militia"), Row("BEN4", "Identity militia"),
            Row("BEN5", "Rioters"), Row("BEN6", "Protesters"), Row("BEN7", "Civilians"), Row("BEN8", "External/Other forces"),
            Row("BEN9", "rebel groups"), Row("BEN10", "NA"), Row("BEN11", "Somebody"),
        ]));

        Assert.Equal(new Dictionary<string, ActorType?>
        {
            ["BEN1"] = ActorType.StateForces, ["BEN2"] = ActorType.RebelGroup, ["BEN3"] = ActorType.PoliticalMilitia,
            ["BEN4"] = ActorType.IdentityMilitia, ["BEN5"] = ActorType.Rioters, ["BEN6"] = ActorType.Protesters,
            ["BEN7"] = ActorType.Civilians, ["BEN8"] = ActorType.ExternalOther, ["BEN9"] = ActorType.RebelGroup,
            ["BEN10"] = null, ["BEN11"] = null,
        }, await TypesAsync(store));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_GedRows_GovernmentOrStateBasedIsStateElseRebels(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        string Row(string id, int type, string sideA) =>
            $"{id},2016,{type},{sideA},Civilians,Bangladesh,771,Dhaka division,Dhaka district,Dhaka town,23.71,90.41,1,2016-07-01,2016-07-01,1,2,2,2,2,src";
        await store.ImportAsync(_temp.Write("ged.csv",
        [
            GedHeader,
            Row("1", 1, "Government of Bangladesh"),
            Row("2", 3, "Government of Bangladesh"),
            Row("3", 3, "IS"),
            Row("4", 2, "Supporters of Awami League"),
            Row("5", 2, "Local Militia"),
            Row("6", 1, "\"Government of India, Government of Pakistan\""),
        ]));

        Assert.Equal(new Dictionary<string, ActorType?>
        {
            ["1"] = ActorType.StateForces, ["2"] = ActorType.StateForces, ["3"] = ActorType.RebelGroup,
            ["4"] = ActorType.RebelGroup, ["5"] = ActorType.RebelGroup, ["6"] = ActorType.StateForces,
        }, await TypesAsync(store));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_SharedGedAndGdelt_TypesAsTheirFieldsCount(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(SharedData.Events("ucdp-ged/ged191_Bangladesh.csv"),
            SharedData.Events("gdelt/20191024143000.export.CSV"), SharedData.Events("gdelt/gdelt1-layout_sql-export_USA-CHN_2018.csv"));
        await using var db = await store.DbAsync();
        async Task<Dictionary<ActorType, int>> CountsAsync(Func<IQueryable<Event>, IQueryable<Event>> filter) =>
            await filter(db.Set<Event>()).Where(e => e.ActorType != null).GroupBy(e => e.ActorType!.Value)
                .ToDictionaryAsync(g => g.Key, g => g.Count(), TestContext.Current.CancellationToken);

        // GED 19.1 Bangladesh: type 1 = 270 (all governments), type 3 by governments 13 + 7 + 6; the other 305 sides are non-state.
        Assert.Equal(new Dictionary<ActorType, int> { [ActorType.StateForces] = 296, [ActorType.RebelGroup] = 305 },
            await CountsAsync(q => q.Where(e => e.Source == EventSource.UcdpGed)));
        // GDELT 2.0 Actor1Type1Code: GOV 287, COP 110, JUD 55, LEG 30, MIL 16, SPY 12; SEP 6, REB 1, INS 1; UAF 14; IGO 29; CVL 43, REF 2.
        // The 1.0 SQL export has NULL in every type field: no types.
        Assert.Equal(new Dictionary<ActorType, int>
        {
            [ActorType.StateForces] = 510, [ActorType.RebelGroup] = 8, [ActorType.PoliticalMilitia] = 14,
            [ActorType.ExternalOther] = 29, [ActorType.Civilians] = 45,
        }, await CountsAsync(q => q.Where(e => e.Source == EventSource.Gdelt)));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task ByActor_StoredTypes_WinOverNames(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(_temp.Write("acled.csv", CarRows));

        // By name it would be: state none, rebels Wagner, 3R and Anti-Balaka, militias the Pro-Government Militia,
        // civilians/other the Unidentified Armed Group and the rioters (the next test).
        Assert.Equal(new Dictionary<string, (int, int)>
        {
            [ActorTypes.State] = (2, 17), [ActorTypes.Rebels] = (1, 3), [ActorTypes.Militias] = (2, 6), [ActorTypes.CiviliansOther] = (1, 1),
        }, await January2021Async(store));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_RowsStoredBeforeTypes_NameRuleUntilReimportFillsTypesOnce(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var file = _temp.Write("acled.csv", CarRows);
        await store.ImportAsync(file);
        var ct = TestContext.Current.CancellationToken;
        await using (var db = await store.DbAsync())
        {
            // As a database migrated from before actor types holds them: no type, and a hash computed without one.
            await db.Set<Event>().ExecuteUpdateAsync(u => u.SetProperty(e => e.ActorType, (ActorType?)null).SetProperty(e => e.ContentHash, 0L), ct);
        }

        Assert.Equal(new Dictionary<string, (int, int)>
        {
            [ActorTypes.State] = (0, 0), [ActorTypes.Rebels] = (3, 19), [ActorTypes.Militias] = (1, 5), [ActorTypes.CiviliansOther] = (2, 3),
        }, await January2021Async(store));

        var again = await store.ImportAsync(file);
        Assert.Equal((0, 6, 0), (again.Imported, again.Updated, again.Unchanged));
        Assert.Equal(ActorType.ExternalOther, (await TypesAsync(store))["CAF3"]);
        Assert.Equal((2, 17), (await January2021Async(store))[ActorTypes.State]);

        var third = await store.ImportAsync(file);
        Assert.Equal((0, 0, 6), (third.Imported, third.Updated, third.Unchanged));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task ByActor_CarAcled_TotalsFollowInter1(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv"));
        var rows = await store.Services.GetRequiredService<SeriesQueries>().ByActorAsync("CAF", null, null, TestContext.Current.CancellationToken);

        // inter1 1 + 8 = 708 + 590, 2 = 666, 3 + 4 = 3,455 + 336, 5–7 = 371 + 391 + 12. By name it was 782, 3,125, 928, 1,694.
        Assert.Equal(new Dictionary<string, int>
        {
            [ActorTypes.State] = 1_298, [ActorTypes.Rebels] = 666, [ActorTypes.Militias] = 3_791, [ActorTypes.CiviliansOther] = 774,
        }, rows!.GroupBy(r => r.ActorType).ToDictionary(g => g.Key, g => g.Sum(r => r.Events)));
    }

    private static async Task<Dictionary<string, (int Events, int Fatalities)>> January2021Async(EventStore store)
    {
        var rows = await store.Services.GetRequiredService<SeriesQueries>().ByActorAsync("CAF", null, null, TestContext.Current.CancellationToken);
        return rows!.Where(r => r.Month == 202101).ToDictionary(r => r.ActorType, r => (r.Events, r.Fatalities));
    }

    private static async Task<Dictionary<string, ActorType?>> TypesAsync(EventStore store)
    {
        await using var db = await store.DbAsync();
        return await db.Set<Event>().ToDictionaryAsync(e => e.SourceId, e => e.ActorType, TestContext.Current.CancellationToken);
    }
}

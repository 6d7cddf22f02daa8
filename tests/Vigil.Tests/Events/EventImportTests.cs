using Microsoft.EntityFrameworkCore;
using Vigil.Events;
using Vigil.Events.Import;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Events;

/// <summary>Every shared event file imports with the row counts its README gives, once, on each database.</summary>
public sealed class EventImportTests
{
    public static TheoryData<string, string, int, string> Files()
    {
        var data = new TheoryData<string, string, int, string>();
        (string File, int Rows, string Source)[] files =
        [
            ("ucdp-ged/GEDEvent_v24_1_Mexico.csv", 18_957, EventSource.UcdpGed),
            ("ucdp-ged/ged191_Bangladesh.csv", 601, EventSource.UcdpGed),
            ("ucdp-ged/hdx_conflict_data_BGD.csv", 601, EventSource.UcdpGed),
            ("acled/1900-01-01-2022-12-10-Central_African_Republic.csv", 6_529, EventSource.Acled),
            ("acled/HOA_Ethiopia_1997-2020-01.csv", 5_315, EventSource.Acled),
            ("acled/HOA_Djibouti_1997-2019.csv", 122, EventSource.Acled),
            ("acled/acled_Benin_2009-2022_api.csv", 811, EventSource.Acled),
            ("acled/ACLED_Afghanistan_2020-03.csv", 496, EventSource.Acled),
            ("acled/ACLED All Africa File_20160101 to 20160528_csv__47countries.csv", 6_453, EventSource.Acled),
            ("gdelt/20191024143000.export.CSV", 2_111, EventSource.Gdelt),
            ("gdelt/gdelt1-layout_sql-export_USA-CHN_2018.csv", 3_340, EventSource.Gdelt),
        ];
        foreach (var provider in new[] { EventStore.Sqlite, EventStore.Postgres })
        {
            foreach (var (file, rows, source) in files)
            {
                data.Add(provider, file, rows, source);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Import_SharedFileTwice_ReadmeCountOnceAndNoDuplicates(string provider, string file, int rows, string source)
    {
        var path = SharedData.Events(file);
        await using var store = await EventStore.OpenAsync(provider);

        var first = await store.ImportAsync(path);
        Assert.Equal((rows, rows, 0, 0), (first.RowsRead, first.Imported, first.Updated, first.Rejected));
        Assert.Equal(rows, await store.CountAsync(source));

        var second = await store.ImportAsync(path);
        Assert.Equal((rows, 0, 0, rows), (second.RowsRead, second.Imported, second.Updated, second.Unchanged));
        Assert.Equal(rows, await store.CountAsync(source));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_MexicoGed_ViolenceTypesAndYearlyDeathsAsReadme(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(SharedData.Events("ucdp-ged/GEDEvent_v24_1_Mexico.csv"));
        await using var db = await store.DbAsync();
        var types = await db.Set<Event>().GroupBy(e => e.ViolenceType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(18_696, types.Single(t => t.Key == ViolenceType.NonState).Count);
        Assert.Equal(226, types.Single(t => t.Key == ViolenceType.OneSided).Count);
        Assert.Equal(35, types.Single(t => t.Key == ViolenceType.StateBased).Count);
        var year2021 = await db.Set<Event>().Where(e => e.Month >= 202101 && e.Month <= 202112).ToListAsync();
        Assert.Equal(3_756, year2021.Count);
        Assert.Equal(16_934, year2021.Sum(e => e.FatalitiesBest));
        Assert.All(year2021, e => Assert.Equal(("MEX", 70), (e.CountryIso3, e.CountryCow)));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_AllAfricaWindows1252_TextDecodedAndCountriesResolved(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var summary = await store.ImportAsync(SharedData.Events("acled/ACLED All Africa File_20160101 to 20160528_csv__47countries.csv"));
        Assert.Equal("windows-1252", summary.Files[0].Encoding);
        await using var db = await store.DbAsync();
        var events = await db.Set<Event>().ToListAsync();
        Assert.DoesNotContain(events, e => e.Notes?.Contains('\uFFFD', StringComparison.Ordinal) == true);
        Assert.Contains(events, e => e.Notes?.Contains('é', StringComparison.Ordinal) == true);
        Assert.Equal(47, events.Select(e => e.CountryIso3).Distinct().Count());
        var burundi = events.Where(e => e.CountryIso3 == "BDI").ToList();
        Assert.Equal(155, burundi.Count);
        Assert.Equal(92, burundi.Count(e => e.ViolenceType == ViolenceType.OneSided));
        Assert.Equal(9, events.Select(e => e.EventType).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_Gdelt2_CameoRootsAndFipsCountries(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(SharedData.Events("gdelt/20191024143000.export.CSV"));
        await using var db = await store.DbAsync();
        var events = await db.Set<Event>().ToListAsync();
        Assert.Equal(219, events.Count(e => e.CameoRoot is "18" or "19" or "20"));
        Assert.Equal(337, events.Count(e => e.EventType == "Material conflict"));
        Assert.Equal(705, events.Count(e => e.CountryIso3 == "USA"));
        Assert.Equal(135, events.Count(e => e.CountryIso3 == "GBR"));
        Assert.Equal(80, events.Count(e => e.CountryIso3 == "RUS"));
        Assert.All(events.Where(e => e.CameoCode is not null), e => Assert.StartsWith(e.CameoRoot!, e.CameoCode!, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_ChangedRelease_UpdatesOnlyChangedEvents(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var original = SharedData.Events("ucdp-ged/ged191_Bangladesh.csv");
        await store.ImportAsync(original);
        using var temp = new TempFolder();
        var lines = await File.ReadAllLinesAsync(original);
        // Record 71663 (line 2) reports 1 death; a later release says 3.
        Assert.StartsWith("71663,", lines[1], StringComparison.Ordinal);
        lines[1] = lines[1][..^6] + ",3,3,3";
        var changed = temp.Write("ged_changed.csv", lines);

        var summary = await store.ImportAsync(changed);
        Assert.Equal((0, 1, 600), (summary.Imported, summary.Updated, summary.Unchanged));
        await using var db = await store.DbAsync();
        Assert.Equal(3, (await db.Set<Event>().SingleAsync(e => e.SourceId == "71663")).FatalitiesBest);
        Assert.Equal(601, await store.CountAsync());
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Import_AcledDeletionList_RemovesListedEvents(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await store.ImportAsync(SharedData.Events("acled/HOA_Djibouti_1997-2019.csv"));
        using var temp = new TempFolder();
        var deletions = temp.Write("deleted.csv", ["event_id_cnty,deleted_timestamp", "DJI135,1580000000", "DJI134,1580000000", "NOPE1,1580000000"]);

        var summary = await store.ImportAsync(deletions);
        Assert.Equal(EventFileFormat.AcledDeletions, summary.Files[0].Format);
        Assert.Equal(2, summary.Deleted);
        Assert.Equal(120, await store.CountAsync(EventSource.Acled));
    }

    [Fact]
    public async Task Import_ZippedDownload_ReadsTheFileInside()
    {
        await using var store = await EventStore.OpenAsync(EventStore.Sqlite);
        using var temp = new TempFolder();
        var zip = temp.File("acled-download.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(archive, SharedData.Events("acled/HOA_Djibouti_1997-2019.csv"), "HOA_Djibouti_1997-2019.csv");
            archive.CreateEntry("README.txt");
        }

        var summary = await store.ImportAsync(zip);

        Assert.Equal((EventFileFormat.Acled, 122, 122), (summary.Files[0].Format, summary.RowsRead, summary.Imported));
        await File.WriteAllTextAsync(temp.File("broken.zip"), "not a zip", TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<EventFileException>(() => store.ImportAsync(temp.File("broken.zip")));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Events;
using Vigil.Events.Import;
using Vigil.Storage;

namespace Vigil.BrowserTests;

/// <summary>An analyst finds a country through the events index and opens its charts and event table.</summary>
public sealed class EventPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Through the importer, as a user stores events: it also keeps the monthly summary (event_months) in step.
    private async Task StoreEventsAsync()
    {
        await using (var db = await fixture.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync())
        {
            if (await db.Set<Event>().AnyAsync(e => e.CountryIso3 == "CAF"))
            {
                return;
            }
        }
        var file = Path.Combine(Directory.CreateTempSubdirectory("vigil-browser-events-").FullName, "acled.csv");
        await File.WriteAllLinesAsync(file, [
            "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,inter1,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,iso3",
            .. Enumerable.Range(0, 6).Select(i =>
                $"browser-{i},2022-{1 + i:00}-15,2022,1,Violence against civilians,Attack,Unidentified Armed Group,Civilians,3,7,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,{i + 1},n,CAF"),
        ]);
        var summary = await fixture.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([file]), null, CancellationToken.None);
        Assert.Equal(6, summary.Imported);
    }

    [Fact]
    public async Task EventsIndex_OpenCountry_ShowsChartsAndEventTable()
    {
        await StoreEventsAsync();
        var page = await fixture.SignedInPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Events" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Conflict events" })).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Central African Republic" });
        await Assertions.Expect(row.GetByRole(AriaRole.Cell, new() { Name = "ACLED" })).ToBeVisibleAsync();
        await Assertions.Expect(row.GetByRole(AriaRole.Cell, new() { Name = "21", Exact = true })).ToBeVisibleAsync(); // 1+2+…+6 civilian deaths

        await row.GetByRole(AriaRole.Link, new() { Name = "Central African Republic" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Central African Republic: conflict events by month" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Bossangoa" }).First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Conflict events" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/events$"));
    }
}

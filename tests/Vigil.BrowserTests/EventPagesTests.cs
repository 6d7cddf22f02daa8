using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Events;
using Vigil.Storage;

namespace Vigil.BrowserTests;

/// <summary>An analyst finds a country through the events index and opens its charts and event table.</summary>
public sealed class EventPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task StoreEventsAsync()
    {
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        if (await db.Set<Event>().AnyAsync(e => e.CountryIso3 == "CAF"))
        {
            return;
        }
        for (var i = 0; i < 6; i++)
        {
            var day = new DateOnly(2022, 1 + i, 15);
            db.Add(new Event
            {
                Source = EventSource.Acled, SourceId = $"browser-{i}", DateStart = day, DateEnd = day, Month = YearMonth.Of(day),
                CountryIso3 = "CAF", CountryCow = 482, Admin1 = "Ouham", Place = "Bossangoa", Latitude = 6.49, Longitude = 17.45,
                ViolenceType = ViolenceType.OneSided, EventType = "Violence against civilians", Actor1 = "Unidentified Armed Group",
                FatalitiesBest = i + 1, CivilianDeaths = i + 1, CivilianTargeting = true, ImportedAt = DateTime.UtcNow,
            }.Hashed());
        }
        await db.SaveChangesAsync();
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

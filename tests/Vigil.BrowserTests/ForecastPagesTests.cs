using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Forecasting;
using Vigil.Storage;

namespace Vigil.BrowserTests;

/// <summary>An analyst reads the forecast watchlist, filters it, and opens a country's forecast.</summary>
public sealed class ForecastPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task StoreRunAsync()
    {
        CountryForecast[] forecasts =
        [
            new("Sudan", 625, "SDN", 2024, 0.19, 1, [new PredictorContribution("discrimpop", 0.12, 1.04)], [], [new PredictorContribution("discrimpop", 0.12, 1.04)]),
            new("Burma/Myanmar", 775, "MMR", 2024, 0.10, 2, [new PredictorContribution("battledeaths.log2", 13.1, 0.3)], [], []),
            new("Norway", 385, "NOR", 2024, 0.001, 3, [], [new PredictorContribution("freediscussion", 0.98, -0.4)], []),
        ];
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        db.ForecastRuns.Add(new ForecastRun("ensemble", "browser-test.csv", 2024, 100, DateTime.UtcNow, forecasts));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Watchlist_FilterAndOpenCountry_ShowsForecastExplanation()
    {
        await StoreRunAsync();
        var page = await fixture.SignedInPageAsync(javaScript: false);
        await page.GotoAsync("/forecasts");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Forecast watchlist" })).ToBeVisibleAsync();
        await page.GetByLabel("Country name").FillAsync("Sud");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var rows = page.Locator("#watchlist tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sudan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sudan", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "RF9" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ModelCard_InChinese_ShowsFiguresAndMapping()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync("/forecasts/model-card?culture=zh-Hans");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "模型说明" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "0.825" }).First).ToBeVisibleAsync();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Alerts;
using Vigil.Storage;

namespace Vigil.BrowserTests;

/// <summary>An analyst opens the alert inbox, opens an alert, acknowledges it with a Restricted note and sees the step in its history.</summary>
public sealed class AlertPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<Alert> StoreAlertAsync()
    {
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        var now = DateTime.UtcNow;
        var rule = AlertRule.Create("Browser rule", "events", now, "system");
        var signal = Signal.Raise("events", "acled", "CAF", "Ouham", new DateOnly(2013, 12, 1), "fatalities", ["7.8"], now).Measured(120, 20, 6.5, SignalSeverity.High, now);
        var alert = Alert.Raise(rule, signal, now);
        db.AddRange(rule, signal, alert);
        await db.SaveChangesAsync();
        return alert;
    }

    [Fact]
    public async Task Inbox_OpenAndAcknowledge_HistoryShowsAttributedStep()
    {
        var alert = await StoreAlertAsync();
        var page = await fixture.SignedInPageAsync(javaScript: false);
        await page.GotoAsync("/alerts");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Alert inbox" })).ToBeVisibleAsync();
        // The inbox names the place, what rose and when, not the stored rule name and ISO3 code.
        const string title = "Central African Republic / Ouham: surge in fatalities, 2013-12";
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = alert.Title })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await page.GetByLabel("Note").FillAsync("Seen; checking with the field office");
        var readableBy = page.GetByLabel("Readable by");
        await Assertions.Expect(readableBy).ToHaveValueAsync("Internal");
        await readableBy.SelectOptionAsync("Restricted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("acknowledged");
        var history = page.Locator("#alert-history");
        await Assertions.Expect(history.GetByRole(AriaRole.Cell, new() { Name = "Seen; checking with the field office (Restricted)" })).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByRole(AriaRole.Cell, new() { Name = "Raised by a surge in fatalities, 2013-12" })).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByRole(AriaRole.Cell, new() { Name = BrowserFixture.Email })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cannot become acknowledged");
    }
}

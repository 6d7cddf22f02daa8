using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Alerts;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.BrowserTests;

/// <summary>
/// Issue 11, "Done when" (all but the case library, which another page covers): open a situation from an alert, record actions by three
/// actors (a second mediation channel gets flagged), watch the proposed options and uncovered risk factors shrink, record a commitment and
/// its implementation, close with an outcome, find the case in the library by an English and a Chinese search — without JavaScript.
/// </summary>
public sealed class SituationPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<Alert> StoreAsync()
    {
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        var now = DateTime.UtcNow;
        var rule = AlertRule.Create("Browser rule", "events", now, "system");
        var signal = Signal.Raise("events", "acled", "CAF", "Ouham", new DateOnly(2013, 12, 1), "civilian_deaths", ["7.8"], now).Measured(120, 20, 6.5, SignalSeverity.High, now);
        var alert = Alert.Raise(rule, signal, now);
        db.AddRange(rule, signal, alert);
        var organization = await db.Users.Where(u => u.Email == BrowserFixture.Email).Select(u => u.OrganizationId).SingleAsync();
        var framework = (await fixture.Services.GetRequiredService<FrameworkCatalog>().LatestAsync(CancellationToken.None))!;
        var assessment = new RiskAssessment("CAF", "Browser assessment", DateOnly.FromDateTime(now), "analyst", framework, organization, Classification.Internal, now);
        assessment.Judge(framework, "5.1", IndicatorStatus.Present, 3, null, null, null, null, null, null, "analyst", now);
        assessment.Judge(framework, "9.1", IndicatorStatus.Present, 1, null, null, null, null, null, null, "analyst", now);
        db.Add(assessment);
        await db.SaveChangesAsync();
        return alert;
    }

    [Fact]
    public async Task Situation_FromAlertToClosed_ProposalsShrinkAndCompetingMediationFlagged()
    {
        var alert = await StoreAsync();
        var page = await fixture.SignedInPageAsync(javaScript: false);
        await page.GotoAsync($"/alerts/{alert.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open a situation from this alert" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Situation opened.");
        await Assertions.Expect(page.Locator("#situation-status")).ToHaveTextAsync("watch");
        await Assertions.Expect(page.Locator("#linked-alerts")).ToContainTextAsync("Central African Republic / Ouham");
        await Assertions.Expect(page.Locator("#draft-mark")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#warning-picture")).ToContainTextAsync("Browser assessment");
        await Assertions.Expect(page.Locator("#proposed-options li").First).ToContainTextAsync("Restricting arms flows");
        await Assertions.Expect(page.Locator("#uncovered-factors")).ToContainTextAsync("RF5");
        await Assertions.Expect(page.Locator("#lead")).ToContainTextAsync("No lead designated");

        await RecordAsync(page, "UN Special Envoy", "un", "mediation", "Shuttle talks");
        await RecordAsync(page, "Neighbouring mediator", "neighbouring-state", "mediation", "Separate talks");
        await Assertions.Expect(page.Locator("#competing-channels")).ToContainTextAsync("UN Special Envoy and Neighbouring mediator mediate at the same time");
        await RecordAsync(page, "Panel of experts", "un", "arms-restriction", "Embargo monitoring", commitment: "Militia hands over heavy weapons");

        await Assertions.Expect(page.Locator("#uncovered-factors")).Not.ToContainTextAsync("RF5");
        await Assertions.Expect(page.Locator("#proposed-options")).Not.ToContainTextAsync("Restricting arms flows");
        var commitment = page.Locator("form:has(select[name=Implemented])");
        await commitment.GetByLabel("Implemented").SelectOptionAsync("partly");
        await commitment.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("form:has(select[name=Implemented]) select")).ToHaveValueAsync("partly");

        await page.GetByLabel("New status").SelectOptionAsync("closed");
        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Weapons handed over, talks merged");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("outcome is required");
        await page.GetByLabel("New status").SelectOptionAsync("closed");
        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Weapons handed over, talks merged");
        await page.GetByLabel("Outcome (required to close)").SelectOptionAsync("averted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Assertions.Expect(page.Locator("#situation-status")).ToHaveTextAsync("closed");
        await Assertions.Expect(page.Locator("#situation-outcome")).ToHaveTextAsync("averted");

        // Closed, it is a case of the library: found by an English search (words of its actions) and by a Chinese one
        // (the country's Chinese name, no spaces, beside an English word so that only this case matches).
        var situationPath = new Uri(page.Url).AbsolutePath;
        foreach (var query in new[] { "embargo monitoring", "中非共和国 embargo" })
        {
            await page.GotoAsync("/cases?q=" + Uri.EscapeDataString(query));
            await Assertions.Expect(page.Locator("#case-list tbody tr")).ToHaveCountAsync(1);
            await page.Locator("#case-list a").First.ClickAsync();
            await Assertions.Expect(page.Locator($"a[href='{situationPath}']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Averted");
        }
    }

    private static async Task RecordAsync(IPage page, string actor, string kind, string option, string description, string? commitment = null)
    {
        await page.GetByLabel("Actor", new() { Exact = true }).FillAsync(actor);
        await page.GetByLabel("Kind of actor").SelectOptionAsync(kind);
        await page.GetByLabel("Prevention option").SelectOptionAsync(option);
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync(description);
        if (commitment is not null)
        {
            await page.GetByLabel("Commitment", new() { Exact = true }).FillAsync(commitment);
            await page.GetByLabel("Party that committed").FillAsync("Militia");
            await page.GetByLabel("Due", new() { Exact = true }).FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Record action" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Reports;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.BrowserTests;

/// <summary>
/// Issue 13, "Done when" (the review part): a reviewer claims a report in the queue, verifies it with a grade and a reason,
/// merges its retelling as a duplicate, and the verified report appears in the country's field series — without JavaScript.
/// The fixture's user is an analyst, a role that reviews its organisation's reports as reviewers do.
/// </summary>
public sealed class ReportReviewPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly DateTime Day = new(2026, 11, 10, 7, 0, 0, DateTimeKind.Utc);

    private async Task<(Guid Original, Guid Retold)> StoreAsync()
    {
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        var organization = await db.Users.Where(u => u.Email == BrowserFixture.Email).Select(u => u.OrganizationId).SingleAsync();
        FieldReport Report(string text, DateTime at) => FieldReport.Receive(new(Guid.NewGuid().ToString(), ReportChannel.Web, at, "CAF", text) { Admin1 = "Ouham" },
            organization, Classification.Internal, ReporterIdentity.None, null, null, DateTime.UtcNow);
        var original = Report("Armed men burned the market in Bossangoa this morning, three traders were killed and the shops looted.", Day);
        var retold = Report("This morning armed men burned the Bossangoa market; three traders killed, shops looted!", Day.AddHours(2));
        db.AddRange(original, retold);
        await db.SaveChangesAsync();
        return (original.Id, retold.Id);
    }

    [Fact]
    public async Task Queue_ClaimVerifyAndMergeDuplicate_VerifiedReportInTheFieldSeries()
    {
        var (original, retold) = await StoreAsync();
        var page = await fixture.SignedInPageAsync(javaScript: false);
        await page.GotoAsync("/reports/queue?country=CAF");

        var first = page.Locator($"#report-{original}");
        await first.GetByRole(AriaRole.Button, new() { Name = "Claim: I am checking this" }).ClickAsync();
        await Assertions.Expect(first.Locator(".claim")).ToContainTextAsync("You are checking this report until");
        await first.GetByLabel("Status").SelectOptionAsync("verified");
        await first.GetByLabel("Source reliability").SelectOptionAsync("B");
        await first.GetByLabel("Information credibility").SelectOptionAsync("2");
        await first.GetByLabel("Reason (what you checked, who confirmed it)").FillAsync("Confirmed by the parish priest by phone");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save verdict" }).ClickAsync();
        await Assertions.Expect(page.Locator($"#report-{original} h2")).ToContainTextAsync("Verified");
        await Assertions.Expect(page.Locator($"#report-{original} .claim")).ToContainTextAsync("Nobody is checking this report.");

        var second = page.Locator($"#report-{retold}");
        await Assertions.Expect(second.Locator(".suggestion")).ToContainTextAsync(original.ToString());
        await second.GetByLabel("Why merge").FillAsync("Same attack, told by a second monitor");
        await second.GetByRole(AriaRole.Button, new() { Name = $"Merge this report into {original}" }).ClickAsync();
        await Assertions.Expect(page.Locator($"#report-{retold} h2")).ToContainTextAsync("Duplicate");
        await Assertions.Expect(page.Locator($"#report-{retold}")).ToContainTextAsync($"Duplicate of report {original}.");

        var response = await page.APIRequest.GetAsync("/api/v1/events/series?country=CAF&source=field");
        Assert.Equal(200, response.Status);
        using var series = JsonDocument.Parse(await response.TextAsync());
        var november = series.RootElement.EnumerateArray().Single(r => r.GetProperty("month").GetString() == "2026-11");
        Assert.Equal(1, november.GetProperty("events").GetInt32());
    }
}

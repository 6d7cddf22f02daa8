using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Events;
using Vigil.Events.Import;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.BrowserTests;

/// <summary>
/// Issue 14, "Done when": an analyst opens an assessment of an actor with event evidence, a reviewer approves it and names the actor,
/// and the actor shows as named only to those allowed (another organisation's analyst gets 404 and "not named") — without JavaScript.
/// </summary>
public sealed class ActorAssessmentPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<long> StoreEventAsync()
    {
        var ged = Path.Combine(Path.GetTempPath(), $"vigil-actor-{Guid.NewGuid():n}.csv");
        await File.WriteAllLinesAsync(ged,
        [
            "id,year,type_of_violence,side_a,side_b,country,country_id,adm_1,date_prec,date_start,date_end,deaths_civilians,low,best,high",
            "888001,2026,3,Militia Y,Civilians,Central African Republic,482,Ouaka,1,2026-08-14,2026-08-14,9,9,9,9",
        ]);
        await fixture.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([ged]), null, CancellationToken.None);
        File.Delete(ged);
        await using var db = await fixture.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        return await db.Set<Event>().Where(e => e.SourceId == "888001").Select(e => e.Id).SingleAsync();
    }

    private async Task<IPage> SignInAsync(string email, string organization, string role)
    {
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AddUser>().RunAsync(new(email, organization, role, BrowserFixture.Password, OrganizationKind.Un), CancellationToken.None);
        }
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    [Fact]
    public async Task ActorAssessment_AnalystWithEventEvidenceReviewerApprovesAndNames_NamedOnlyToItsOrganisation()
    {
        var eventId = await StoreEventAsync();
        var actor = Guid.NewGuid();
        var analyst = await fixture.SignedInPageAsync(javaScript: false);
        await analyst.GotoAsync($"/actors/{actor}/assessments");
        await Assertions.Expect(analyst.Locator("#standard-notice")).ToContainTextAsync("reasonable grounds");
        await Assertions.Expect(analyst.Locator("#naming-state")).ToContainTextAsync("Not named.");
        await analyst.GetByLabel("Title").FillAsync("Militia Y, 2026 Q3");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();

        var row = analyst.Locator("[id='row-10.1'] form.finding-form");
        await row.GetByLabel("Finding").SelectOptionAsync("Present");
        await row.GetByLabel("Evidentiary standard").SelectOptionAsync("reasonable-grounds");
        await row.GetByLabel("Notes").FillAsync("Speeches call for the removal of the group.");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(analyst.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
        var evidence = analyst.Locator("#add-evidence");
        await evidence.GetByLabel("Indicator or factor").SelectOptionAsync("10.1");
        await evidence.GetByLabel("Kind").SelectOptionAsync("Event");
        await evidence.GetByLabel("Event id (for an event)").FillAsync(eventId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await evidence.GetByLabel("Reliability (A–F)").SelectOptionAsync("B");
        await evidence.GetByLabel("Credibility (1–6)").SelectOptionAsync("2");
        await evidence.GetByRole(AriaRole.Button, new() { Name = "Add evidence" }).ClickAsync();
        await Assertions.Expect(analyst.Locator("[id='row-10.1']")).ToContainTextAsync("888001");
        await analyst.GetByRole(AriaRole.Link, new() { Name = "Done: view the assessment" }).ClickAsync();
        await Assertions.Expect(analyst.Locator("#findings")).ToContainTextAsync("reasonable grounds");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(analyst.Locator("#assessment-status")).ToHaveTextAsync("In review");
        var assessmentPath = new Uri(analyst.Url).AbsolutePath;

        var reviewer = await SignInAsync("browser-reviewer@test.example", "Browser test office", Roles.Reviewer);
        await reviewer.GotoAsync(assessmentPath);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#assessment-status")).ToHaveTextAsync("Approved");
        await Assertions.Expect(reviewer.Locator("#naming-state")).ToContainTextAsync("Not named.");
        var naming = reviewer.Locator("#naming-form");
        await naming.GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await naming.GetByLabel("Reason").FillAsync("Corroborated by the event data set and two field reports.");
        await naming.GetByRole(AriaRole.Button, new() { Name = "Record the decision to name this actor" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#naming-decision")).ToContainTextAsync("browser-reviewer@test.example");

        // The analyst's organisation sees the actor named; another organisation sees neither the assessment nor the naming.
        await analyst.GotoAsync($"/actors/{actor}/assessments");
        await Assertions.Expect(analyst.Locator("#naming-state")).ToContainTextAsync("Named:");
        var stranger = await SignInAsync("browser-stranger@other.example", "Other browser office", Roles.Analyst);
        var response = await stranger.GotoAsync(assessmentPath);
        Assert.Equal(404, response!.Status);
        await stranger.GotoAsync($"/actors/{actor}/assessments");
        await Assertions.Expect(stranger.Locator("#naming-state")).ToContainTextAsync("Not named.");
        await Assertions.Expect(stranger.Locator("#no-assessments")).ToBeVisibleAsync();
    }
}

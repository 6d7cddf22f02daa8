using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Events;
using Vigil.Events.Import;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.BrowserTests;

/// <summary>
/// Issue 14, "Done when": an analyst finds an actor in the register, opens an assessment of it with event evidence, a reviewer approves
/// it and names the actor, and the actor shows as named only to those allowed (the organisation's viewer sees it named; another
/// organisation sees its own entry not named, and gets 404 for this one) — without JavaScript.
/// </summary>
public sealed class ActorAssessmentPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>One GED event of "Militia Y" through the importer, as a user imports it: each organisation that exists gets its register entry.</summary>
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

    private async Task AddUserAsync(string email, string organization, string role)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AddUser>().RunAsync(new(email, organization, role, BrowserFixture.Password, OrganizationKind.Un), CancellationToken.None);
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Finds "Militia Y" in the viewer's register of the Central African Republic and opens its page.</summary>
    private static async Task OpenFromRegisterAsync(IPage page)
    {
        await page.GotoAsync("/actors");
        await page.GetByLabel("Country (ISO3)").FillAsync("CAF");
        await page.GetByLabel("Name contains").FillAsync("militia y");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.Locator("#actors").GetByRole(AriaRole.Link, new() { Name = "Militia Y" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Militia Y");
    }

    [Fact]
    public async Task ActorAssessment_AnalystWithEventEvidenceReviewerApprovesAndNames_NamedOnlyToItsOrganisation()
    {
        // The other organisations exist before the import, so each has its own register entry of the militia.
        await AddUserAsync("browser-reviewer@test.example", "Browser test office", Roles.Reviewer);
        await AddUserAsync("browser-viewer@test.example", "Browser test office", Roles.Viewer);
        await AddUserAsync("browser-stranger@other.example", "Other browser office", Roles.Analyst);
        var eventId = await StoreEventAsync();
        var analyst = await fixture.SignedInPageAsync(javaScript: false);
        await OpenFromRegisterAsync(analyst);
        var actorPath = new Uri(analyst.Url).AbsolutePath;
        await analyst.GetByRole(AriaRole.Link, new() { Name = "All assessments of this actor" }).ClickAsync();
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

        var reviewer = await SignInAsync("browser-reviewer@test.example");
        await reviewer.GotoAsync(assessmentPath);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#assessment-status")).ToHaveTextAsync("Approved");
        await Assertions.Expect(reviewer.Locator("#naming-state")).ToContainTextAsync("Not named.");
        var naming = reviewer.Locator("#naming-form");
        await naming.GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await naming.GetByLabel("Reason").FillAsync("Corroborated by the event data set and two field reports.");
        await naming.GetByRole(AriaRole.Button, new() { Name = "Record the decision to name this actor" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("#naming-decision")).ToContainTextAsync("browser-reviewer@test.example");

        // The analyst's organisation, its viewer included, sees the actor named on its page.
        await analyst.GotoAsync(actorPath);
        await Assertions.Expect(analyst.Locator("#naming-state")).ToContainTextAsync("Named:");
        var viewer = await SignInAsync("browser-viewer@test.example");
        await OpenFromRegisterAsync(viewer);
        await Assertions.Expect(viewer.Locator("#naming-state")).ToContainTextAsync("Named:");
        // Another organisation finds the same militia in its own register, not named, and meets 404 on this organisation's entry.
        var stranger = await SignInAsync("browser-stranger@other.example");
        await OpenFromRegisterAsync(stranger);
        Assert.NotEqual(actorPath, new Uri(stranger.Url).AbsolutePath);
        await Assertions.Expect(stranger.Locator("#naming-state")).ToContainTextAsync("Not named.");
        Assert.Equal(404, (await stranger.GotoAsync(assessmentPath))!.Status);
        Assert.Equal(404, (await stranger.GotoAsync(actorPath))!.Status);
        Assert.Equal(404, (await stranger.GotoAsync($"{actorPath}/assessments"))!.Status);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vigil.Alerts;
using Vigil.Alerts.Notifications;
using Vigil.Security;
using Vigil.Composition;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;
using static Vigil.Tests.Infrastructure.PageText;

namespace Vigil.Tests.Alerts;

/// <summary>
/// Notes on alert steps follow the visibility rule (the role × organisation matrix is in AccessMatrixTests): the form and
/// the API take a classification, only Public notes leave Vigil, system notes read as sentences, the inbox finds
/// countries by name.
/// </summary>
public sealed class AlertNotesTests
{
    [Fact]
    public async Task ApiStep_NoClassification_NoteInternalToTheAuthorsOrganisation()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var partner = await server.ClientForAsync("analyst@partner.example", "Partner");
        using var outsider = await server.ClientForAsync("analyst@outsider.example", "Outsider");
        await ShareAsync(server, "Test office", "Partner");
        var alert = await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow);

        using var stepped = await server.Client.PostAsJsonAsync($"/api/v1/alerts/{alert.Id}/escalate", new { note = "démarche planned for Monday" }, ct);
        stepped.EnsureSuccessStatusCode();

        var own = LastStep(await server.GetJsonAsync($"/api/v1/alerts/{alert.Id}"));
        Assert.Equal(("démarche planned for Monday", "internal", false),
            (own.GetProperty("note").GetString(), own.GetProperty("noteClassification").GetString(), own.GetProperty("noteHidden").GetBoolean()));
        Assert.Equal("démarche planned for Monday", LastStep(await partner.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alert.Id}", ct)).GetProperty("note").GetString());
        var hidden = LastStep(await outsider.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{alert.Id}", ct));
        Assert.Equal((null, true, "escalated", "analyst@test.example"), (hidden.GetProperty("note").GetString(), hidden.GetProperty("noteHidden").GetBoolean(),
            hidden.GetProperty("to").GetString(), hidden.GetProperty("by").GetString()));
        var page = await outsider.GetStringAsync($"/alerts/{alert.Id}", ct);
        Assert.Contains("<span class=\"muted note-hidden\">note restricted to Internal</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Monday", page, StringComparison.Ordinal);
        Assert.Contains("备注仅限“内部”范围可见", await outsider.GetStringAsync($"/alerts/{alert.Id}?culture=zh-Hans", ct), StringComparison.Ordinal);

        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        var author = await db.Users.SingleAsync(u => u.Email == "analyst@test.example", ct);
        var step = await db.Set<AlertTransition>().SingleAsync(t => t.AlertId == alert.Id && t.To == AlertStatus.Escalated, ct);
        Assert.Equal((author.OrganizationId, Classification.Internal), (step.OrganizationId, step.NoteClassification));
        var raised = await db.Set<AlertTransition>().SingleAsync(t => t.AlertId == alert.Id && t.To == AlertStatus.New, ct);
        Assert.Equal((null, Classification.Public), (raised.OrganizationId, raised.NoteClassification));
    }

    [Fact]
    public async Task ApiStep_UnknownClassification_ValidationProblemNamesTheField()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var alert = await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow);

        using var response = await server.Client.PostAsJsonAsync($"/api/v1/alerts/{alert.Id}/acknowledge", new { note = "n", noteClassification = "secret" }, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("noteClassification").EnumerateArray()).GetString();
        Assert.Contains("'secret' is not one of public, internal, restricted, confidential", message, StringComparison.Ordinal);
        Assert.Equal("new", (await server.GetJsonAsync($"/api/v1/alerts/{alert.Id}")).GetProperty("alert").GetProperty("status").GetString());
    }

    [Fact]
    public async Task PostStep_Form_UnknownClassificationRefusedNamingTheFieldAndChosenLevelStored()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var alert = await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow);
        using var browser = await BrowserAsync(server);
        var form = await browser.GetStringAsync($"/alerts/{alert.Id}", ct);
        Assert.Contains("<label for=\"note-classification\">Readable by</label>", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Internal\" selected=\"selected\">Internal — your organisation and those it shares with</option>", form, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(form, "<option value=\"(Public|Internal|Restricted|Confidential)\""));

        using var refused = await PostStepAsync(browser, alert.Id, "Acknowledge", new() { ["Note"] = "ask the <i>field</i> office", ["NoteClassification"] = "TopSecret" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(ct);
        Assert.Contains("id=\"note-classification-error\">Readable by: &#x27;TopSecret&#x27; is not one of Public, Internal, Restricted or Confidential.</p>", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"note-classification-error note-classification-help\" aria-invalid=\"true\"", page, StringComparison.Ordinal);
        Assert.Contains(">ask the &lt;i&gt;field&lt;/i&gt; office</textarea>", page, StringComparison.Ordinal);
        Assert.Equal("new", (await server.GetJsonAsync($"/api/v1/alerts/{alert.Id}")).GetProperty("alert").GetProperty("status").GetString());

        using var accepted = await PostStepAsync(browser, alert.Id, "Acknowledge", new() { ["Note"] = "ask the field office", ["NoteClassification"] = "Restricted" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        using var defaulted = await PostStepAsync(browser, alert.Id, "Escalate", new() { ["Note"] = "to the Special Adviser" });
        Assert.Equal(HttpStatusCode.Redirect, defaulted.StatusCode);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        var steps = await db.Set<AlertTransition>().Where(t => t.AlertId == alert.Id && t.By == "admin@test.example").OrderBy(t => t.Id).ToListAsync(ct);
        var admin = await db.Users.SingleAsync(u => u.Email == "admin@test.example", ct);
        Assert.Equal([("ask the field office", Classification.Restricted), ("to the Special Adviser", Classification.Internal)],
            steps.Select(s => (s.Note!, s.NoteClassification)));
        Assert.All(steps, s => Assert.Equal(admin.OrganizationId, s.OrganizationId));
        var shown = await browser.GetStringAsync($"/alerts/{alert.Id}", ct);
        Assert.Contains("ask the field office <span class=\"muted note-level\">(Restricted)</span>", Regex.Replace(shown, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestAndWebhook_NotesOfEveryLevel_OnlyPublicNotesLeaveVigil()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));
        await using var server = await TestServer.StartAsync(TestStore.Sqlite(), b =>
        {
            b.Services.AddSingleton<TimeProvider>(clock);
            WebhookReceiver.AllowLoopback(b);
        });
        await using var receiver = await WebhookReceiver.StartAsync(failures: 0);
        using var admin = await server.ClientForAsync("admin@test.example", role: "admin");
        var ct = TestContext.Current.CancellationToken;
        await WebhookAdminTests.AddAsync(admin, receiver.Url.ToString());
        clock.Advance(TimeSpan.FromSeconds(1));
        string[] countries = ["CAF", "MLI", "SSD", "SDN"];
        var levels = Enum.GetValues<Classification>();
        foreach (var (country, level) in countries.Zip(levels))
        {
            var alert = await AlertSeed.AlertAsync(server.Services, country, clock.GetUtcNow().UtcDateTime);
            using var stepped = await server.Client.PostAsJsonAsync($"/api/v1/alerts/{alert.Id}/escalate",
                new { note = $"{level}-note-marker", noteClassification = level.ToString() }, ct);
            stepped.EnsureSuccessStatusCode();
        }
        clock.Advance(TimeSpan.FromMinutes(1));

        var digest = await server.Services.GetRequiredService<BuildDigest>().RunAsync(ct);
        await server.Services.GetRequiredService<DeliverWebhooks>().RunAsync(ct);

        Assert.Equal(4, digest.EscalatedAlerts);
        Assert.Contains("— note: Public-note-marker", digest.Markdown, StringComparison.Ordinal);
        var bodies = receiver.Posts.Select(p => p.Body).ToList();
        Assert.Equal(5, bodies.Count); // four alert changes and the digest
        var notes = bodies.Select(b => JsonDocument.Parse(b).RootElement).Where(p => p.GetProperty("type").GetString() == "alert")
            .ToDictionary(p => p.GetProperty("country").GetString()!, p => p.GetProperty("note").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["CAF"] = "Public-note-marker", ["MLI"] = null, ["SSD"] = null, ["SDN"] = null }, notes);
        foreach (var level in levels.Where(l => l != Classification.Public))
        {
            Assert.DoesNotContain($"{level}-note-marker", digest.Markdown, StringComparison.Ordinal);
            Assert.All(bodies, b => Assert.DoesNotContain($"{level}-note-marker", b, StringComparison.Ordinal));
        }
        // The author's organisation still reads every note in the app.
        Assert.Contains("Confidential-note-marker", await server.Client.GetStringAsync("/api/v1/alerts/" + await IdOfAsync(server, "SDN"), ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_SystemNotes_ReadAsSentencesInThePageLanguageStoredTextKept()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        var now = DateTime.UtcNow;
        var alert = await AlertSeed.AlertAsync(server.Services, "CAF", now, period: new DateOnly(2001, 4, 1), measure: "civilian_deaths");
        await AlertSeed.MergeAsync(server.Services, alert.Id, new DateOnly(2001, 5, 1), "fatalities", now);
        // A person's note that happens to look like a system note is theirs, shown as written.
        using var stepped = await server.Client.PostAsJsonAsync($"/api/v1/alerts/{alert.Id}/acknowledge",
            new { note = "raised by signal events 2001-06", noteClassification = "public" }, ct);
        stepped.EnsureSuccessStatusCode();

        var english = TextOf(await server.Client.GetStringAsync($"/alerts/{alert.Id}", ct));
        var chinese = TextOf(await server.Client.GetStringAsync($"/alerts/{alert.Id}?culture=zh-Hans", ct));

        Assert.Contains("Raised by a surge in civilian deaths, 2001-04", english, StringComparison.Ordinal);
        Assert.Contains("A further surge in fatalities merged in, 2001-05", english, StringComparison.Ordinal);
        Assert.Contains("raised by signal events 2001-06", english, StringComparison.Ordinal);
        Assert.DoesNotContain("raised by signal civilian_deaths", english, StringComparison.Ordinal);
        Assert.Contains("因平民死亡人数激增而生成，2001-04", chinese, StringComparison.Ordinal);
        Assert.Contains("并入死亡人数的又一次激增，2001-05", chinese, StringComparison.Ordinal);
        var stored = (await server.GetJsonAsync($"/api/v1/alerts/{alert.Id}")).GetProperty("history").EnumerateArray().Select(h => h.GetProperty("note").GetString()).ToList();
        Assert.Equal(["raised by signal civilian_deaths 2001-04", "merged signal fatalities 2001-05", "raised by signal events 2001-06"], stored);
    }

    [Theory]
    [InlineData("Central African Republic")]
    [InlineData("central african republic")]
    [InlineData("CAR")]
    [InlineData("caf")]
    [InlineData("中非共和国")]
    public async Task Inbox_CountryByNameAliasOrCode_OnlyThatCountrysAlerts(string filter)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow);
        await AlertSeed.AlertAsync(server.Services, "MLI", DateTime.UtcNow);

        var inbox = TextOf(await server.Client.GetStringAsync("/alerts?country=" + Uri.EscapeDataString(filter), ct));

        Assert.Contains("Central African Republic: surge in fatalities", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("Mali", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("No country is called", inbox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_UnknownCountryName_FilterLeftOutAndSaid()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        await AlertSeed.AlertAsync(server.Services, "CAF", DateTime.UtcNow);
        await AlertSeed.AlertAsync(server.Services, "MLI", DateTime.UtcNow);

        var html = await server.Client.GetStringAsync("/alerts?country=" + Uri.EscapeDataString("Atlantis <x>"), ct);

        Assert.Contains("No country is called “Atlantis &lt;x&gt;”: the country filter was left out.", html, StringComparison.Ordinal);
        var inbox = TextOf(html);
        Assert.Contains("Central African Republic: surge", inbox, StringComparison.Ordinal);
        Assert.Contains("Mali: surge", inbox, StringComparison.Ordinal);
    }

    private static JsonElement LastStep(JsonElement detail) => detail.GetProperty("history").EnumerateArray().Last();

    private static async Task<Guid> IdOfAsync(TestServer server, string country)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        return await db.Set<Alert>().Where(a => a.CountryIso3 == country).Select(a => a.Id).SingleAsync();
    }

    private static async Task ShareAsync(TestServer server, string owner, string partner)
    {
        await using var scope = server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ShareOrganization>().RunAsync(new(owner, partner), CancellationToken.None);
    }

    /// <summary>An admin client that keeps cookies (the antiforgery cookie), as a browser does.</summary>
    private static Task<HttpClient> BrowserAsync(TestServer server) => server.BrowserForAsync("admin@test.example", Roles.Admin);

    private static Task<HttpResponseMessage> PostStepAsync(HttpClient browser, Guid id, string handler, Dictionary<string, string> fields) =>
        browser.PostFormAsync($"/alerts/{id}", handler, fields);
}

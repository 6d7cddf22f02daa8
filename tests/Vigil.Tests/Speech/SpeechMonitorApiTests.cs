using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Security;
using Vigil.Speech.Monitoring;
using Vigil.Storage;

namespace Vigil.Tests.Speech;

/// <summary>The monitoring workflow over HTTP, as monitors, analysts and reviewers use it, on each provider (the bulk writer differs); each test works in an organisation of its own.</summary>
public abstract class SpeechMonitorApiTests<TServer>(TServer fixture) : IClassFixture<TServer> where TServer : SpeechServer
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object Post(string id, string text, string? country = "ETH", int followers = 10, string? postedAt = "2026-03-01T10:00:00Z", string? author = "@someone") =>
        new { id, text, lang = "en", platform = "ExampleNet", author, postedAt, country, followers };

    /// <summary>One hate post a month from January to August 2026, then <paramref name="surge"/> posts in September.</summary>
    private static IEnumerable<object> SurgePosts(string country, string surgeText, int surge) =>
        Enumerable.Range(1, 8).Select(month => Post($"m{month}", "hate them", country: country, postedAt: $"2026-{month:D2}-10T08:00:00Z"))
            .Concat(Enumerable.Range(0, surge).Select(i => Post($"s{i}", surgeText, country: country, postedAt: "2026-09-15T08:00:00Z")));

    private async Task<JsonElement> IngestAsync(HttpClient client, string source, params object[] posts)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/speech/posts", new { source, posts }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<List<JsonElement>> ListAsync(HttpClient client, string query = "")
    {
        return [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/speech/posts" + query, Ct)).EnumerateArray()];
    }

    [Fact]
    public async Task Ingest_SameBatchTwice_StoredOnceAndCountedAsAlreadyStored()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@ingest.example", "Ingest office", Roles.Analyst);
        object[] posts = [Post("1", "hate them all"), Post("2", "a kind word"), Post("2", "the same id again")];

        var first = await IngestAsync(analyst, "feed-a", posts);
        var second = await IngestAsync(analyst, "feed-a", posts);
        var otherSource = await IngestAsync(analyst, "feed-b", posts[0]);

        Assert.Equal((3, 2, 1, 2), (first.GetProperty("received").GetInt32(), first.GetProperty("stored").GetInt32(), first.GetProperty("alreadyStored").GetInt32(),
            first.GetProperty("classified").GetInt32()));
        Assert.Equal((0, 3), (second.GetProperty("stored").GetInt32(), second.GetProperty("alreadyStored").GetInt32()));
        Assert.Equal(1, otherSource.GetProperty("stored").GetInt32());
        var stored = await ListAsync(analyst);
        Assert.Equal(3, stored.Count);
        var hate = stored.Single(p => p.GetProperty("source").GetString() == "feed-a" && p.GetProperty("postId").GetString() == "1");
        Assert.Equal("hate", hate.GetProperty("verdict").GetProperty("label").GetString());
        Assert.Equal("@someone", hate.GetProperty("author").GetString());
        Assert.Equal("a kind word", stored.Single(p => p.GetProperty("postId").GetString() == "2").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Ingest_BadCountryInSecondPost_400NamingThePostAndFieldAndNothingStored()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@bad.example", "Bad input office", Roles.Analyst);

        using var response = await analyst.PostAsJsonAsync("/api/v1/speech/posts",
            new { source = "bad", posts = new[] { Post("1", "fine"), Post("2", "fine too", country: "Atlantis") } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("posts[1].country", problem, StringComparison.Ordinal);
        Assert.Empty(await ListAsync(analyst));
    }

    [Fact]
    public async Task Ingest_NoModelReady_StoredUnclassifiedThenReclassified()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@later.example", "Later office", Roles.Analyst);
        fixture.Classifier.Ready = false;
        try
        {
            var outcome = await IngestAsync(analyst, "later", Post("1", "hate later"));
            Assert.Equal(0, outcome.GetProperty("classified").GetInt32());
            Assert.Equal(JsonValueKind.Null, (await ListAsync(analyst))[0].GetProperty("verdict").ValueKind);
            Assert.Empty(await analyst.GetFromJsonAsync<JsonElement[]>("/api/v1/speech/queue", Ct) ?? []);
        }
        finally
        {
            fixture.Classifier.Ready = true;
        }

        using var reclassified = await analyst.PostAsync("/api/v1/speech/posts/reclassify", null, Ct);

        Assert.True((await reclassified.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("classified").GetInt32() >= 1);
        var post = (await ListAsync(analyst, "?classified=true")).Single();
        Assert.Equal("hate", post.GetProperty("verdict").GetProperty("label").GetString());
    }

    [Fact]
    public async Task Queue_FlaggedPosts_MostDangerousFirstAndNormalLeftOut()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@queue.example", "Queue office", Roles.Analyst);
        using var reviewer = await fixture.Server.ClientForAsync("reviewer@queue.example", "Queue office", Roles.Reviewer);
        await IngestAsync(analyst, "queue",
            Post("hate", "hate them", followers: 10),
            Post("incites", "hate them, kill them", followers: 10),
            Post("insult", "an insult", followers: 1_000_000),
            Post("normal", "good morning", followers: 5_000_000));

        var queue = (await reviewer.GetFromJsonAsync<JsonElement>("/api/v1/speech/queue", Ct)).EnumerateArray().Select(p => p.GetProperty("postId").GetString()).ToList();

        // danger: (0.9 + 0.025)·(1 + log10 11)·2 ≈ 3.78 > (0.1 + 0.4)·(1 + log10 1,000,001) = 3.5 > 0.925·2.04 ≈ 1.89
        Assert.Equal(["incites", "insult", "hate"], queue);
    }

    [Fact]
    public async Task Review_RabatRules_SecondReviewerOverturnsAndAgreementIsReported()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@rabat.example", "Rabat office", Roles.Analyst);
        using var first = await fixture.Server.ClientForAsync("first@rabat.example", "Rabat office", Roles.Reviewer);
        using var second = await fixture.Server.ClientForAsync("second@rabat.example", "Rabat office", Roles.Reviewer);
        await IngestAsync(analyst, "rabat", Post("1", "hate them, kill them"));
        var id = (await ListAsync(analyst)).Single().GetProperty("id").GetGuid();
        var url = $"/api/v1/speech/posts/{id}/reviews";
        object Review(string decision, int likelihood = 3) => new
        {
            context = 3, speaker = 2, intent = 3, contentAndForm = 3, extent = 2, likelihood, decision,
            notes = new { intent = "calls to act", likelihood = "a rally is announced" },
        };

        using var byAnalyst = await analyst.PostAsJsonAsync(url, Review("refer-to-platform"), Ct);
        using var notMet = await first.PostAsJsonAsync(url, Review("refer-to-authorities", likelihood: 1), Ct);
        using var outOfRange = await first.PostAsJsonAsync(url, new { context = 4, speaker = 0, intent = 0, contentAndForm = 0, extent = 0, likelihood = 0, decision = "counter-speech" }, Ct);
        using var firstReview = await first.PostAsJsonAsync(url, Review("refer-to-authorities"), Ct);
        using var again = await first.PostAsJsonAsync(url, Review("refer-to-platform"), Ct);
        using var secondReview = await second.PostAsJsonAsync(url, Review("refer-to-platform"), Ct);
        using var third = await analyst.PostAsJsonAsync(url, Review("counter-speech"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, byAnalyst.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notMet.StatusCode);
        Assert.Contains("likelihood", await notMet.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("context", await outOfRange.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, firstReview.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, secondReview.StatusCode);
        var overturned = await secondReview.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(overturned.GetProperty("confirms").GetBoolean());
        Assert.Equal("second@rabat.example", overturned.GetProperty("by").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, third.StatusCode);
        var post = await first.GetFromJsonAsync<JsonElement>($"/api/v1/speech/posts/{id}", Ct);
        Assert.Equal("refer-to-platform", post.GetProperty("decision").GetString());
        Assert.Equal("calls to act", post.GetProperty("reviews")[0].GetProperty("notes").GetProperty("intent").GetString());
        var agreement = await first.GetFromJsonAsync<JsonElement>("/api/v1/speech/reviews/agreement", Ct);
        Assert.Equal((1, 0), (agreement.GetProperty("pairs").GetInt32(), agreement.GetProperty("agreeing").GetInt32()));
    }

    [Fact]
    public async Task Post_OfAnotherOrganisation_404ForReadReviewAndReferral()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@owner.example", "Owner office", Roles.Analyst);
        using var stranger = await fixture.Server.ClientForAsync("reviewer@stranger.example", "Stranger office", Roles.Reviewer);
        await IngestAsync(analyst, "owner", Post("1", "hate them"));
        var id = (await ListAsync(analyst)).Single().GetProperty("id").GetGuid();
        using var referral = await analyst.PostAsJsonAsync("/api/v1/speech/referrals", new { postId = id, platform = "ExampleNet" }, Ct);
        var referralId = (await referral.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        using var read = await stranger.GetAsync($"/api/v1/speech/posts/{id}", Ct);
        using var review = await stranger.PostAsJsonAsync($"/api/v1/speech/posts/{id}/reviews",
            new { context = 1, speaker = 1, intent = 1, contentAndForm = 1, extent = 1, likelihood = 1, decision = "counter-speech" }, Ct);
        using var readReferral = await stranger.GetAsync($"/api/v1/speech/referrals/{referralId}", Ct);
        using var refer = await stranger.PostAsJsonAsync("/api/v1/speech/referrals", new { postId = id, platform = "ExampleNet" }, Ct);

        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { read.StatusCode, review.StatusCode, readReferral.StatusCode, refer.StatusCode });
        Assert.Empty(await ListAsync(stranger));
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/api/v1/speech/referrals", Ct)).EnumerateArray());
    }

    [Fact]
    public async Task Post_ReadByViewerOfSameOrganisation_AuthorHandleWithheld()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@handles.example", "Handles office", Roles.Analyst);
        using var viewer = await fixture.Server.ClientForAsync("viewer@handles.example", "Handles office", Roles.Viewer);
        await IngestAsync(analyst, "handles", Post("1", "hate them", author: "@secret"));

        var seen = (await ListAsync(viewer)).Single();

        Assert.Equal(JsonValueKind.Null, seen.GetProperty("author").ValueKind);
        Assert.Equal("@secret", (await ListAsync(analyst)).Single().GetProperty("author").GetString());
    }

    [Fact]
    public async Task ReferralReport_AcrossMonthEndAndTimeZones_MonthOfUtcAndTwentyFourElapsedHours()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@refer.example", "Referral office", Roles.Analyst);
        await IngestAsync(analyst, "refer", Post("1", "hate them"), Post("2", "hate them too"), Post("3", "hate once more"));
        var ids = (await ListAsync(analyst)).Select(p => p.GetProperty("id").GetGuid()).ToList();
        async Task Refer(Guid post, string at, string? answered, string? outcome)
        {
            using var r = await analyst.PostAsJsonAsync("/api/v1/speech/referrals",
                new { postId = post, platform = "TimeZoneNet", referredAt = at, answeredAt = answered, outcome }, Ct);
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        }

        // 23:30 on 31 January in New York is 04:30 on 1 February UTC: a February referral, removed 22.5 hours later.
        await Refer(ids[0], "2026-01-31T23:30:00-05:00", "2026-02-01T22:00:00-05:00", "removed");
        // 20:00 UTC on 31 January: January; removed 25 hours later, over the month's end: not within 24 hours.
        await Refer(ids[1], "2026-01-31T20:00:00Z", "2026-02-01T21:00:00Z", "removed");
        // 09:00 on 1 January in Addis Ababa is 06:00 UTC: January; refused after 2 hours.
        await Refer(ids[2], "2026-01-01T09:00:00+03:00", "2026-01-01T11:00:00+03:00", "refused");

        var report = (await analyst.GetFromJsonAsync<JsonElement>("/api/v1/speech/referrals/report", Ct)).EnumerateArray()
            .Where(m => m.GetProperty("platform").GetString() == "TimeZoneNet")
            .ToDictionary(m => m.GetProperty("month").GetString()!);

        Assert.Equal(["2026-02", "2026-01"], report.Keys);
        Assert.Equal((1, 1, 1.0, 22.5), (report["2026-02"].GetProperty("referred").GetInt32(), report["2026-02"].GetProperty("removedWithinDay").GetInt32(),
            report["2026-02"].GetProperty("shareRemovedWithinDay").GetDouble(), report["2026-02"].GetProperty("medianResponseHours").GetDouble()));
        Assert.Equal((2, 0, 0.0, 13.5), (report["2026-01"].GetProperty("referred").GetInt32(), report["2026-01"].GetProperty("removedWithinDay").GetInt32(),
            report["2026-01"].GetProperty("shareRemovedWithinDay").GetDouble(), report["2026-01"].GetProperty("medianResponseHours").GetDouble()));
    }

    [Fact]
    public async Task Referral_AnswerBeforeReferral_400NamingAnsweredAt()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@answer.example", "Answer office", Roles.Analyst);
        await IngestAsync(analyst, "answer", Post("1", "hate them"));
        var id = (await ListAsync(analyst)).Single().GetProperty("id").GetGuid();

        using var response = await analyst.PostAsJsonAsync("/api/v1/speech/referrals",
            new { postId = id, platform = "ExampleNet", referredAt = "2026-02-02T10:00:00Z", answeredAt = "2026-02-01T10:00:00Z", outcome = "removed" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("answeredAt", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SurgeScan_MonthFarAboveBaseline_StoresSpeechSignalThatRaisesAnAlert()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@surge.example", "Surge office", Roles.Analyst);
        await IngestAsync(analyst, "surge", [.. SurgePosts("MMR", "hate them, kill them", 25)]);

        var series = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/speech/surges?country=MMR", Ct);
        using var scan = await analyst.PostAsync("/api/v1/speech/surges/scan", null, Ct);

        Assert.Contains(series.GetProperty("surges").EnumerateArray(), s => s.GetProperty("month").GetString() == "2026-09" && s.GetProperty("measure").GetString() == "hate_posts");
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
        var signals = await db.Set<Signal>().Where(s => s.Origin == SurgeScan.Origin && s.CountryIso3 == "MMR").ToListAsync(Ct);
        Assert.Contains(signals, s => s.Measure == "hate_posts" && s.Period == new DateOnly(2026, 9, 1) && s.Observed == 25);
        Assert.Contains(signals, s => s.Measure == "incitement_posts" && s.Indicators.Contains("13.7", StringComparison.Ordinal));
        await scope.ServiceProvider.GetRequiredService<RaiseAlerts>().RunAsync(Ct);
        Assert.True(await db.Set<Alert>().AnyAsync(a => a.CountryIso3 == "MMR", Ct));
    }

    private async Task<Guid> OpenSituationAsync(HttpClient analyst, string country)
    {
        using var created = await analyst.PostAsJsonAsync("/api/v1/situations", new { countryIso3 = country, title = $"Situation in {country}" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task LinkPost_SeenPost_ShownOnSituationAndPostPagesAndUnseenPost404()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@links.example", "Links office", Roles.Analyst);
        using var stranger = await fixture.Server.ClientForAsync("analyst@links-stranger.example", "Links stranger office", Roles.Analyst);
        await IngestAsync(analyst, "links", Post("1", "hate <b>them</b>, kill them", country: "UGA"));
        await IngestAsync(stranger, "links-stranger", Post("1", "hate theirs", country: "UGA"));
        var own = (await ListAsync(analyst)).Single().GetProperty("id").GetGuid();
        var theirs = (await ListAsync(stranger)).Single().GetProperty("id").GetGuid();
        var situation = await OpenSituationAsync(analyst, "UGA");
        var url = $"/api/v1/situations/{situation}/links";

        using var linked = await analyst.PostAsJsonAsync(url, new { kind = "speech", targetId = own }, Ct);
        using var again = await analyst.PostAsJsonAsync(url, new { kind = "speech", targetId = own }, Ct);
        using var unseen = await analyst.PostAsJsonAsync(url, new { kind = "speech", targetId = theirs }, Ct);
        using var missing = await analyst.PostAsJsonAsync(url, new { kind = "speech", targetId = Guid.NewGuid() }, Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { linked.StatusCode, again.StatusCode, unseen.StatusCode, missing.StatusCode });
        await using (var scope = fixture.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
            var links = await db.Set<Vigil.Situations.SituationLink>().Where(l => l.SituationId == situation).ToListAsync(Ct);
            var post = await db.SpeechPosts.SingleAsync(p => p.Id == own, Ct);
            // Flagged, so it warned when it was classified (flagged), not when it was posted.
            Assert.Equal((Vigil.Situations.LinkKind.Speech, own, post.ClassifiedAt), (links.Single().Kind, links.Single().TargetId, (DateTime?)links.Single().WarnedAt));
        }
        // The situation's answer lists the link too, once, by kind and id.
        using var shown = JsonDocument.Parse(await analyst.GetStringAsync($"/api/v1/situations/{situation}", Ct));
        var speechLinks = shown.RootElement.GetProperty("links").EnumerateArray().Where(l => l.GetProperty("kind").GetString() == "speech").ToList();
        Assert.Equal(own, Assert.Single(speechLinks).GetProperty("targetId").GetGuid());
        var situationPage = await analyst.GetStringAsync($"/situations/{situation}", Ct);
        Assert.Contains($"href=\"/speech/posts/{own}\"", situationPage, StringComparison.Ordinal);
        Assert.Contains("hate &lt;b&gt;them&lt;/b&gt;", situationPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>them</b>", situationPage, StringComparison.Ordinal);
        Assert.Contains("<details class=\"graphic\">", situationPage, StringComparison.Ordinal);
        var postPage = await analyst.GetStringAsync($"/speech/posts/{own}", Ct);
        Assert.Contains($"href=\"/situations/{situation}\"", postPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"link-form\"", postPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostPage_OpenSituationOfItsCountry_OffersLinkFormToThoseWhoMayChangeIt()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@linkform.example", "Link form office", Roles.Analyst);
        using var viewer = await fixture.Server.ClientForAsync("viewer@linkform.example", "Link form office", Roles.Viewer);
        await IngestAsync(analyst, "linkform", Post("1", "hate them", country: "BDI"));
        var post = (await ListAsync(analyst)).Single().GetProperty("id").GetGuid();
        var situation = await OpenSituationAsync(analyst, "BDI");
        await OpenSituationAsync(analyst, "COD");

        var analystPage = await analyst.GetStringAsync($"/speech/posts/{post}", Ct);
        var viewerPage = await viewer.GetStringAsync($"/speech/posts/{post}", Ct);

        Assert.Contains("id=\"link-form\"", analystPage, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{situation}\">", analystPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Situation in COD", analystPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"link-form\"", viewerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SurgeScan_NewSurge_LinkedOnceToOpenSituationsOfItsCountryOnly()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@surgelink.example", "Surge link office", Roles.Analyst);
        var here = await OpenSituationAsync(analyst, "KEN");
        var elsewhere = await OpenSituationAsync(analyst, "TZA");
        await IngestAsync(analyst, "surgelink", [.. SurgePosts("KEN", "hate them", 20)]);

        using var scan = await analyst.PostAsync("/api/v1/speech/surges/scan", null, Ct);
        using var rescan = await analyst.PostAsync("/api/v1/speech/surges/scan", null, Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (scan.StatusCode, rescan.StatusCode));
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
        // The country's series and its English series both surge: two signals, each linked once, to the Kenyan situation only.
        var surges = await db.Set<Signal>().Where(s => s.Origin == SurgeScan.Origin && s.CountryIso3 == "KEN").Select(s => s.Id).ToListAsync(Ct);
        var links = await db.Set<Vigil.Situations.SituationLink>().Where(l => l.SituationId == here || l.SituationId == elsewhere).ToListAsync(Ct);
        Assert.NotEmpty(surges);
        Assert.Equal(surges.Order(), links.Select(l => l.TargetId).Order());
        Assert.All(links, l => Assert.Equal((here, Vigil.Situations.LinkKind.Signal, true), (l.SituationId, l.Kind, l.Automatic)));
        Assert.Contains("id=\"linked-surges\"", await analyst.GetStringAsync($"/situations/{here}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountryPage_SpeechSection_CountsOnlyPostsTheViewerMaySee()
    {
        using var analyst = await fixture.Server.ClientForAsync("analyst@country.example", "Country office", Roles.Analyst);
        using var stranger = await fixture.Server.ClientForAsync("analyst@country-stranger.example", "Country stranger office", Roles.Analyst);
        await IngestAsync(analyst, "country", Post("1", "hate them", country: "RWA"), Post("2", "hate them again", country: "RWA"), Post("3", "hate there", country: "BDI"));
        var first = (await ListAsync(analyst, "?country=RWA")).First().GetProperty("id").GetGuid();
        using (var referral = await analyst.PostAsJsonAsync("/api/v1/speech/referrals", new { postId = first, platform = "ExampleNet" }, Ct))
        {
            Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        }

        var own = await analyst.GetStringAsync("/countries/RWA", Ct);
        var strangers = await stranger.GetStringAsync("/countries/RWA", Ct);
        var queue = await analyst.GetStringAsync("/speech/queue?country=RWA", Ct);

        Assert.Matches("id=\"country-queue-link\">2 ", own);
        Assert.Matches("id=\"country-referrals-link\">1 ", own);
        Assert.Contains("href=\"/speech/queue?country=RWA\"", own, StringComparison.Ordinal);
        Assert.Contains("class=\"surge-chart\"", own, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"country-speech\"", strangers, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(queue, "<li[^>]*>\\s*<a href=\"/speech/queue\\?at=\\d+&amp;country=RWA\""));
    }
}

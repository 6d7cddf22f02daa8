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
        var posts = new List<object>();
        for (var month = 1; month <= 8; month++)
        {
            posts.Add(Post($"m{month}", "hate them", country: "MMR", postedAt: $"2026-{month:D2}-10T08:00:00Z"));
        }
        for (var i = 0; i < 25; i++)
        {
            posts.Add(Post($"s{i}", "hate them, kill them", country: "MMR", postedAt: "2026-09-15T08:00:00Z"));
        }
        await IngestAsync(analyst, "surge", [.. posts]);

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
}

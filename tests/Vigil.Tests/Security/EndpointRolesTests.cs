using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Speech.Lexicons;
using Vigil.Storage;
using Vigil.Tests.Alerts;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>
/// Every endpoint of the app under /api/v1 (read from its <see cref="EndpointDataSource"/>), called by each role of one UN
/// organisation and by nobody: the answer's class (allowed, or 401/403/404) must be what <see cref="Allowed"/> says. An endpoint
/// without a row fails, so a new endpoint states who may call it. Each role works on records of its own organisation that exist
/// (created for it), so a 404 means the role was turned away, not that the record is missing.
/// </summary>
public sealed class EndpointRolesTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Everyone = Roles.All;
    private static readonly string[] Admin = [Roles.Admin];
    private static readonly string[] Editors = [Roles.Admin, Roles.Analyst];
    private static readonly string[] Reviewers = [Roles.Admin, Roles.Reviewer];
    private static readonly string[] Steppers = [Roles.Admin, Roles.Analyst, Roles.Reviewer];

    /// <summary>Who may call what: "METHOD route pattern" → the roles allowed (every role of a UN organisation; "anonymous" = signed out).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/auth/token"] = [Anonymous, .. Everyone],
        ["POST /api/v1/auth/revoke"] = Everyone,
        ["GET /api/v1/auth/me"] = Everyone,
        ["GET /api/v1/auth/keys"] = Everyone,
        ["POST /api/v1/auth/keys"] = Everyone,
        ["DELETE /api/v1/auth/keys/{id:guid}"] = Everyone,

        ["GET /api/v1/admin/audit"] = Admin,
        ["GET /api/v1/admin/users"] = Admin,
        ["POST /api/v1/admin/users"] = Admin,
        ["PUT /api/v1/admin/users/{id:guid}/role"] = Admin,
        ["POST /api/v1/admin/users/{id:guid}/disable"] = Admin,
        ["POST /api/v1/admin/users/{id:guid}/reset-password"] = Admin,
        ["POST /api/v1/admin/users/{id:guid}/enable"] = Admin,
        ["PUT /api/v1/admin/organization/two-factor"] = Admin,

        ["GET /api/v1/countries/"] = Everyone,
        ["GET /api/v1/countries/{iso3}"] = Everyone,

        ["GET /api/v1/framework/"] = Everyone,
        ["GET /api/v1/framework/versions"] = Everyone,
        ["GET /api/v1/framework/export"] = Everyone,
        // Publishing a version reaches every organisation: admins of an organisation entitled to publish (UN) only.
        ["POST /api/v1/framework/"] = Admin,
        ["GET /api/v1/framework/changes"] = Everyone,
        ["GET /api/v1/framework/choice"] = Everyone,
        // An admin chooses for their own organisation only (the use case takes the organisation from the signed-in admin).
        ["PUT /api/v1/framework/choice"] = Admin,
        ["POST /api/v1/framework/official-text/preview"] = Admin,
        ["POST /api/v1/framework/official-text"] = Admin,

        ["GET /api/v1/assessments/"] = Everyone,
        ["POST /api/v1/assessments/"] = Editors,
        ["GET /api/v1/assessments/{id:guid}"] = Everyone,
        ["PUT /api/v1/assessments/{id:guid}"] = Editors,
        ["GET /api/v1/assessments/{id:guid}/indicators/{indicatorId}"] = Everyone,
        ["GET /api/v1/assessments/{id:guid}/factors/{riskFactorId}"] = Everyone,
        ["PUT /api/v1/assessments/{id:guid}/indicators/{indicatorId}"] = Editors,
        ["PUT /api/v1/assessments/{id:guid}/factors/{riskFactorId}"] = Editors,
        ["POST /api/v1/assessments/{id:guid}/evidence/{target}"] = Editors,
        ["PUT /api/v1/assessments/{id:guid}/evidence/{evidenceId:guid}"] = Editors,
        ["DELETE /api/v1/assessments/{id:guid}/evidence/{evidenceId:guid}"] = Editors,
        ["PUT /api/v1/assessments/{id:guid}/resilience/{dimensionId}"] = Editors,
        ["POST /api/v1/assessments/{id:guid}/submit"] = Editors,
        ["POST /api/v1/assessments/{id:guid}/return"] = Reviewers,
        ["POST /api/v1/assessments/{id:guid}/approve"] = Reviewers,
        ["POST /api/v1/assessments/{id:guid}/versions"] = Editors,
        ["POST /api/v1/assessments/{id:guid}/framework"] = Editors,
        ["GET /api/v1/assessments/{id:guid}/compare/{otherId:guid}"] = Everyone,
        ["GET /api/v1/assessments/{id:guid}/export"] = Everyone,
        ["GET /api/v1/assessments/{id:guid}/brief"] = Everyone,

        ["GET /api/v1/actors/{actorId:guid}/assessments/"] = Everyone,
        ["POST /api/v1/actors/{actorId:guid}/assessments/"] = Editors,
        ["GET /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}"] = Everyone,
        ["PUT /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/indicators/{indicatorId}"] = Editors,
        ["PUT /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/factors/{riskFactorId}"] = Editors,
        ["POST /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/evidence/{target}"] = Editors,
        ["DELETE /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/evidence/{evidenceId:guid}"] = Editors,
        // Persons are Confidential: analysts and admins add them (reviewers see but do not edit).
        ["POST /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/individuals"] = Editors,
        ["POST /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/submit"] = Editors,
        ["POST /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/versions"] = Editors,
        ["POST /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/return"] = Reviewers,
        ["POST /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/approve"] = Reviewers,
        // Naming is a reviewer's decision, as approving is.
        ["POST /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/naming"] = Reviewers,
        ["GET /api/v1/actors/{actorId:guid}/naming"] = Everyone,
        ["GET /api/v1/actors/evidentiary-standard"] = Everyone,
        ["PUT /api/v1/actors/evidentiary-standard"] = Admin,

        ["GET /api/v1/forecasts/"] = Everyone,
        ["GET /api/v1/forecasts/model-card"] = Everyone,
        ["GET /api/v1/forecasts/{iso3:length(3)}"] = Everyone,
        ["GET /api/v1/events/series"] = Everyone,
        ["GET /api/v1/events/coverage"] = Everyone,

        ["GET /api/v1/alerts/"] = Everyone,
        ["GET /api/v1/alerts/{id:guid}"] = Everyone,
        // Raising puts alerts in every inbox: the roles that work the signals (admins, analysts).
        ["POST /api/v1/alerts/raise"] = Editors,
        ["POST /api/v1/alerts/{id:guid}/acknowledge"] = Steppers,
        ["POST /api/v1/alerts/{id:guid}/escalate"] = Steppers,
        ["POST /api/v1/alerts/{id:guid}/action"] = Steppers,
        ["POST /api/v1/alerts/{id:guid}/close"] = Steppers,
        ["GET /api/v1/alerts/rules"] = Everyone,
        ["POST /api/v1/alerts/rules/"] = Admin,
        ["PUT /api/v1/alerts/rules/{id:guid}"] = Admin,
        ["GET /api/v1/alerts/unread-count"] = Everyone,
        ["GET /api/v1/alerts/digests"] = Everyone,
        ["GET /api/v1/alerts/webhooks/"] = Admin,
        ["POST /api/v1/alerts/webhooks/"] = Admin,
        ["POST /api/v1/alerts/webhooks/{id:guid}/disable"] = Admin,
        ["POST /api/v1/alerts/webhooks/{id:guid}/enable"] = Admin,
        ["DELETE /api/v1/alerts/webhooks/{id:guid}"] = Admin,
        ["GET /api/v1/alerts/webhooks/{id:guid}/deliveries"] = Admin,
        ["POST /api/v1/alerts/webhooks/deliver"] = Admin,

        ["GET /api/v1/cases/"] = Everyone,
        ["GET /api/v1/cases/analysis"] = Everyone,
        ["GET /api/v1/cases/{id:guid}"] = Everyone,
        // Entering a case into the library is analysts' work, as starting an assessment is.
        ["POST /api/v1/cases/"] = Editors,
        ["GET /api/v1/actors/"] = Everyone,
        ["GET /api/v1/actors/suggestions"] = Everyone,
        ["GET /api/v1/actors/{id:guid}"] = Everyone,
        ["POST /api/v1/actors/merge"] = Editors,
        ["POST /api/v1/actors/{mergeId:guid}/unmerge"] = Editors,
        ["POST /api/v1/actors/{id:guid}/kind"] = Editors,
        ["POST /api/v1/actors/{id:guid}/affiliations"] = Editors,
        ["DELETE /api/v1/actors/{id:guid}/affiliations/{affiliationId:guid}"] = Editors,

        ["GET /api/v1/situations/"] = Everyone,
        ["GET /api/v1/situations/lag"] = Everyone,
        ["POST /api/v1/situations/"] = Editors,
        ["GET /api/v1/situations/{id:guid}"] = Everyone,
        ["GET /api/v1/situations/{id:guid}/brief"] = Everyone,
        ["PUT /api/v1/situations/{id:guid}"] = Editors,
        ["POST /api/v1/situations/{id:guid}/status"] = Editors,
        ["POST /api/v1/situations/{id:guid}/actions"] = Editors,
        ["PUT /api/v1/situations/{id:guid}/commitments/{commitmentId:guid}"] = Editors,
        ["POST /api/v1/situations/{id:guid}/reviews"] = Editors,
        ["POST /api/v1/situations/{id:guid}/trend"] = Editors,
        ["POST /api/v1/situations/{id:guid}/links"] = Editors,
        // Field report verification: reviewers, analysts and admins of the report's organisation; monitors and viewers are refused (403).
        ["GET /api/v1/reports/queue"] = Everyone,
        ["GET /api/v1/reports/analysis"] = Everyone,
        ["GET /api/v1/reports/{id:guid}/duplicates"] = Everyone,
        ["POST /api/v1/reports/{id:guid}/verification"] = Steppers,
        ["POST /api/v1/reports/{id:guid}/claim"] = Steppers,
        ["POST /api/v1/reports/{id:guid}/release"] = Steppers,
        ["POST /api/v1/reports/{id:guid}/merge"] = Steppers,
        ["POST /api/v1/reports/{id:guid}/unmerge"] = Steppers,
        ["POST /api/v1/reports/{id:guid}/corroborations"] = Steppers,
        ["POST /api/v1/reports/{id:guid}/evidence"] = Steppers,

        ["GET /api/v1/options/"] = Everyone,
        ["GET /api/v1/options/export"] = Everyone,
        // A catalogue version is read by every organisation's proposals: admins only.
        ["POST /api/v1/options/"] = Admin,

        // Monitors submit reports; viewers only read. Everyone of the organisation reads its (restricted) reports, places coarsened
        // and without the reporter for monitors and viewers; the original photo only for admins, analysts and reviewers (below).
        ["POST /api/v1/reports/"] = [Roles.Admin, Roles.Analyst, Roles.Reviewer, Roles.Monitor],
        ["GET /api/v1/reports/"] = Everyone,
        ["GET /api/v1/reports/{id:guid}"] = Everyone,
        ["GET /api/v1/reports/{id:guid}/photos/{photoId:guid}"] = Everyone,
        // Photos follow the report from the web form: those who may submit reports, to their own organisation's reports.
        ["POST /api/v1/reports/{id:guid}/photos"] = [Roles.Admin, Roles.Analyst, Roles.Reviewer, Roles.Monitor],
        ["GET /api/v1/reports-policy/"] = Admin,
        ["PUT /api/v1/reports-policy/"] = Admin,
        // A gateway signs in with its own secret, not a user: with none set up here, nobody gets through (SmsInboundTests).
        ["POST /api/v1/sms/inbound/{gateway}"] = [],
        ["GET /api/v1/forms/"] = Everyone,
        // A form reaches every monitor of the organisation's network: admins only.
        ["POST /api/v1/forms/"] = Admin,
        // Monitors watch the feeds and send posts in; reviewers judge them on the Rabat test (analysts do not); referrals are
        // recorded by analysts and reviewers alike.
        ["POST /api/v1/speech/posts"] = [Roles.Admin, Roles.Analyst, Roles.Monitor],
        ["GET /api/v1/speech/posts"] = Everyone,
        ["POST /api/v1/speech/posts/reclassify"] = Editors,
        ["GET /api/v1/speech/posts/{id:guid}"] = Everyone,
        ["POST /api/v1/speech/posts/{id:guid}/reviews"] = Reviewers,
        ["GET /api/v1/speech/queue"] = Everyone,
        ["GET /api/v1/speech/reviews/agreement"] = Everyone,
        ["GET /api/v1/speech/referrals"] = Everyone,
        ["POST /api/v1/speech/referrals"] = Steppers,
        ["GET /api/v1/speech/referrals/report"] = Everyone,
        ["GET /api/v1/speech/referrals/{id:guid}"] = Everyone,
        ["PUT /api/v1/speech/referrals/{id:guid}"] = Steppers,
        ["GET /api/v1/speech/surges"] = Everyone,
        ["POST /api/v1/speech/surges/scan"] = Editors,
        ["POST /api/v1/speech/classify"] = Everyone,
        ["GET /api/v1/speech/model"] = Everyone,
        ["GET /api/v1/speech/lexicon/"] = Everyone,
        ["GET /api/v1/speech/lexicon/versions"] = Everyone,
        ["GET /api/v1/speech/lexicon/export.csv"] = Everyone,
        // The lexicon is shared by every organisation: admins of an organisation entitled to shared settings (UN) change it.
        ["POST /api/v1/speech/lexicon/entries"] = Admin,
        ["PUT /api/v1/speech/lexicon/entries/{id:guid}"] = Admin,
        ["DELETE /api/v1/speech/lexicon/entries/{id:guid}"] = Admin,
        ["POST /api/v1/speech/lexicon/import"] = Admin,
    };

    private TestServer Server => fixture.Server;

    [Fact]
    public void Table_EveryApiEndpointHasARowAndEveryRowAnEndpoint()
    {
        var endpoints = ApiEndpoints().Select(e => e.Key).ToList();
        Assert.Empty(endpoints.Except(Allowed.Keys));
        Assert.Empty(Allowed.Keys.Except(endpoints));
    }

    [Fact]
    public async Task EveryEndpoint_EachRole_AnswersAsTheTableSays()
    {
        var ct = TestContext.Current.CancellationToken;
        var wrong = new List<string>();
        // A stored forecast, so that the forecast reads answer 200 to whoever may read them (404 is "none stored").
        await Forecasting.ForecastsApiTests.StoreRunAsync(Server, "ensemble", 0.2);
        foreach (var role in Roles.All.Append(Anonymous))
        {
            var records = await RecordsForAsync(role, ct);
            using var client = role == Anonymous ? new HttpClient { BaseAddress = Server.Address } : await Server.ClientForAsync($"{role}@roles.example", "Roles office", role);
            // Reads first, deletions after the changes, and revoking one's own tokens last (it signs the client out).
            foreach (var (key, method, pattern) in ApiEndpoints().OrderBy(e => e.Key == "POST /api/v1/auth/revoke")
                .ThenBy(e => e.Method == "DELETE").ThenBy(e => e.Method != "GET").ThenBy(e => e.Key, StringComparer.Ordinal))
            {
                var path = Fill(pattern, records);
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT")
                {
                    // A referral names the role's own post in its body, not in its route.
                    var body = key == "POST /api/v1/speech/referrals" ? $$"""{"platform":"ExampleNet","postId":"{{records["posts"]}}"}""" : Body(key);
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }
                using var response = await client.SendAsync(request, ct);
                var allowed = response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound);
                if (allowed != Allowed.GetValueOrDefault(key, []).Contains(role))
                {
                    wrong.Add($"{role} {method} {path}: {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Theory]
    [InlineData(OrganizationKind.Regional, "POST /api/v1/framework/")]
    [InlineData(OrganizationKind.National, "POST /api/v1/framework/")]
    [InlineData(OrganizationKind.CivilSociety, "POST /api/v1/framework/")]
    [InlineData(OrganizationKind.National, "POST /api/v1/alerts/rules/")]
    [InlineData(OrganizationKind.Regional, "POST /api/v1/alerts/webhooks/")]
    [InlineData(OrganizationKind.CivilSociety, "POST /api/v1/options/")]
    [InlineData(OrganizationKind.National, "POST /api/v1/speech/lexicon/entries")]
    [InlineData(OrganizationKind.Regional, "POST /api/v1/speech/lexicon/import")]
    public async Task SharedSettings_AdminOfAnOrganisationNotEntitled_ForbiddenAndNothingChanged(OrganizationKind kind, string key)
    {
        var ct = TestContext.Current.CancellationToken;
        var email = $"admin-{kind}-{key.GetHashCode(StringComparison.Ordinal):x}@publishers.example";
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AddUser>().RunAsync(new(email, $"A {kind} office", Roles.Admin, TestServer.Password, kind), ct);
        }
        using var admin = new HttpClient { BaseAddress = Server.Address };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", await Server.TokenAsync(email, TestServer.Password));
        var before = await SharedSettingsAsync(ct);

        using var response = await admin.PostAsync(key["POST ".Length..], new StringContent(Body(key), Encoding.UTF8, "application/json"), ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await SharedSettingsAsync(ct));
    }

    [Fact]
    public async Task SharedSettingsLinks_AdminOfAnOrganisationNotEntitled_NotShownWhileTheUnAdminSeesThem()
    {
        var ct = TestContext.Current.CancellationToken;
        const string email = "admin-links@national.example";
        await using (var scope = Server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AddUser>().RunAsync(new(email, "A national office", Roles.Admin, TestServer.Password, OrganizationKind.National), ct);
        }
        using var national = new HttpClient { BaseAddress = Server.Address };
        national.DefaultRequestHeaders.Authorization = new("Bearer", await Server.TokenAsync(email, TestServer.Password));
        using var un = await Server.ClientForAsync("admin@test.example", role: Roles.Admin);
        string[] links = ["href=\"/alerts/rules\"", "href=\"/alerts/webhooks\"", "href=\"/admin/options\"", "href=\"/admin/framework-text\""];

        var nationalPages = await national.GetStringAsync("/alerts", ct) + await national.GetStringAsync("/framework", ct);
        var unPages = await un.GetStringAsync("/alerts", ct) + await un.GetStringAsync("/framework", ct);

        Assert.All(links, link => Assert.DoesNotContain(link, nationalPages, StringComparison.Ordinal));
        Assert.All(links, link => Assert.Contains(link, unPages, StringComparison.Ordinal));
        Assert.Contains("href=\"/admin/users\"", nationalPages, StringComparison.Ordinal);
    }

    /// <summary>How many framework versions, alert rules, webhooks, options catalogue versions and lexicon versions are stored.</summary>
    private async Task<(int, int, int, int, int)> SharedSettingsAsync(CancellationToken ct)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
        return (await db.Set<FrameworkRecord>().CountAsync(ct), await db.Set<Vigil.Alerts.AlertRule>().CountAsync(ct),
            await db.Set<Vigil.Alerts.Notifications.WebhookSubscription>().CountAsync(ct), await db.Set<Vigil.Situations.Options.OptionCatalogRecord>().CountAsync(ct),
            await db.Set<Vigil.Speech.Lexicons.SpeechLexiconVersion>().CountAsync(ct));
    }

    private IEnumerable<(string Key, string Method, string Pattern)> ApiEndpoints() =>
        Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Key: $"{m} {e.RoutePattern.RawText}", Method: m, Pattern: e.RoutePattern.RawText!)))
            .Distinct();

    /// <summary>A body that passes the request's own validation, so that what answers is the role check (or the use case).</summary>
    private static string Body(string key) => key switch
    {
        "POST /api/v1/auth/token" => JsonSerializer.Serialize(new { email = "analyst@roles.example", password = TestServer.Password }),
        "POST /api/v1/auth/keys" => """{"name":"roles test"}""",
        "POST /api/v1/assessments/" => """{"countryIso3":"SSD","title":"by the roles test","asOf":"2026-10-01"}""",
        "PUT /api/v1/assessments/{id:guid}" => """{"title":"renamed by the roles test","asOf":"2026-10-01"}""",
        "PUT /api/v1/assessments/{id:guid}/indicators/{indicatorId}" or "PUT /api/v1/assessments/{id:guid}/factors/{riskFactorId}" => """{"status":"present","severity":1}""",
        "POST /api/v1/assessments/{id:guid}/evidence/{target}" or "PUT /api/v1/assessments/{id:guid}/evidence/{evidenceId:guid}" =>
            """{"title":"Interview","reference":"file 18","reliability":"B","credibility":2}""",
        "PUT /api/v1/assessments/{id:guid}/resilience/{dimensionId}" => """{"rating":1}""",
        "POST /api/v1/actors/{actorId:guid}/assessments/" => """{"title":"by the roles test","asOf":"2026-10-01"}""",
        "PUT /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/indicators/{indicatorId}"
            or "PUT /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/factors/{riskFactorId}" => """{"status":"present","severity":1,"standard":"reasonable-grounds"}""",
        "POST /api/v1/actors/{actorId:guid}/assessments/{assessmentId:guid}/evidence/{target}" =>
            """{"kind":"document","title":"Interview","reference":"file 18","reliability":"B","credibility":2}""",
        "PUT /api/v1/actors/evidentiary-standard" => """{"required":"reasonable-grounds"}""",
        "PUT /api/v1/framework/choice" => $$"""{"version":"{{FrameworkCatalog.ShippedVersion}}"}""",
        "POST /api/v1/alerts/rules/" or "PUT /api/v1/alerts/rules/{id:guid}" => """{"name":"roles test rule"}""",
        "POST /api/v1/alerts/webhooks/" => """{"url":"https://hooks.roles.example/vigil"}""",
        "POST /api/v1/cases/" => JsonSerializer.Serialize(Situations.CasesApiTests.Case()),
        "POST /api/v1/actors/{id:guid}/kind" => """{"kind":"rebel-group"}""",
        "POST /api/v1/actors/{id:guid}/affiliations" => """{"relatedActorId":"00000000-0000-0000-0000-000000000001","kind":"allied-to"}""",
        "POST /api/v1/actors/merge" => """{"actorIds":["00000000-0000-0000-0000-000000000001","00000000-0000-0000-0000-000000000002"]}""",
        "POST /api/v1/situations/" => """{"countryIso3":"SSD","title":"by the roles test"}""",
        "POST /api/v1/reports/" => """{"clientId":"roles-test","occurredAt":"2026-01-05","countryIso3":"SSD","text":"roles test"}""",
        "PUT /api/v1/reports-policy/" => """{"mode":"grid","gridKm":5}""",
        "POST /api/v1/speech/lexicon/entries" or "PUT /api/v1/speech/lexicon/entries/{id:guid}" =>
            $$"""{"term":"roles-{{Guid.NewGuid():N}}","language":"en","severity":1}""",
        // The import replaces the lexicon: it keeps the admin's own entry (same term, language and country keep the entry's id)
        // so that the admin's edit and deletion that follow still find it.
        "POST /api/v1/speech/lexicon/import" => LexiconCsv.Header + "\nroles-entry-admin,en,,,,1,\n",
        "POST /api/v1/speech/classify" => """{"items":[{"id":"1","text":"roles test"}]}""",
        "PUT /api/v1/situations/{id:guid}" => """{"title":"renamed by the roles test","lead":"UN envoy"}""",
        "POST /api/v1/situations/{id:guid}/status" => """{"status":"early-warning","reason":"roles test"}""",
        "POST /api/v1/situations/{id:guid}/actions" => """{"actorKind":"un","actorName":"UN envoy","option":"mediation","date":"2026-01-05","description":"roles test"}""",
        "PUT /api/v1/situations/{id:guid}/commitments/{commitmentId:guid}" => """{"implemented":"partly"}""",
        "POST /api/v1/situations/{id:guid}/reviews" => """{"whatChanged":"roles test","decision":"keep watching"}""",
        "POST /api/v1/situations/{id:guid}/trend" => """{"month":"2026-01","trend":"improved"}""",
        "POST /api/v1/situations/{id:guid}/links" => """{"kind":"signal","targetId":"00000000-0000-0000-0000-000000000001"}""",
        "POST /api/v1/reports/{id:guid}/verification" => """{"status":"unconfirmed","reason":"roles test"}""",
        "POST /api/v1/reports/{id:guid}/merge" => """{"originalId":"00000000-0000-0000-0000-000000000001","reason":"roles test"}""",
        "POST /api/v1/reports/{id:guid}/unmerge" => """{"reason":"roles test"}""",
        "POST /api/v1/reports/{id:guid}/corroborations" => """{"kind":"report","target":"00000000-0000-0000-0000-000000000001"}""",
        "POST /api/v1/reports/{id:guid}/evidence" => """{"assessmentId":"00000000-0000-0000-0000-000000000001"}""",
        "POST /api/v1/speech/posts" => """{"source":"roles","posts":[{"id":"roles-1","text":"a post for the roles test","country":"SSD"}]}""",
        "POST /api/v1/speech/posts/{id:guid}/reviews" => """{"context":1,"speaker":1,"intent":1,"contentAndForm":1,"extent":1,"likelihood":1,"decision":"counter-speech"}""",
        "PUT /api/v1/speech/referrals/{id:guid}" => """{"platform":"ExampleNet","referredAt":"2026-01-05T10:00:00Z","answeredAt":"2026-01-05T12:00:00Z","outcome":"removed"}""",
        "POST /api/v1/options/" => Vigil.Situations.Options.OptionCatalog.EmbeddedJson().Replace("\"version\": \"1\"", "\"version\": \"roles-" + Guid.NewGuid().ToString("N")[..8] + "\"", StringComparison.Ordinal),
        "POST /api/v1/framework/" => FrameworkCatalog.EmbeddedJson().Replace("\"version\": \"2014.1\"", "\"version\": \"roles-" + Guid.NewGuid().ToString("N")[..8] + "\"", StringComparison.Ordinal),
        "POST /api/v1/forms/" => JsonSerializer.Serialize(new { xml = Reports.SampleForms.Valid("roles-form", "roles-" + Guid.NewGuid().ToString("N")[..8]) }),
        _ => "{}",
    };

    private static string Fill(string pattern, Dictionary<string, string> records)
    {
        var parts = pattern.Split('/');
        var segments = parts.Select(s =>
        {
            if (!s.StartsWith('{'))
            {
                return s;
            }
            var name = s.Trim('{', '}').Split(':')[0];
            return name switch
            {
                // The record is named by the segment before the id: assessments, alerts, rules, webhooks, users, keys.
                "id" => records[parts[Array.IndexOf(parts, s) - 1]],
                "otherId" => records["assessments"],
                "commitmentId" => records["commitments"],
                "mergeId" => records["merges"],
                "affiliationId" => records["affiliations"],
                "actorId" => records["actors"],
                "assessmentId" => records["actorAssessments"],
                "evidenceId" => records["evidence"],
                "indicatorId" or "target" => "2.1",
                "dimensionId" => "P2",
                "riskFactorId" => "RF14",
                "photoId" => records["photos"],
                "gateway" => "generic",
                "iso3" => "SDN",
                _ => throw new InvalidOperationException($"No value for {s} in {pattern}."),
            };
        });
        return string.Join('/', segments);
    }

    /// <summary>An internal field report of the roles office, which its monitors and viewers see but may not review.</summary>
    private static async Task<Guid> FieldReportAsync(VigilDb db, string role, CancellationToken ct)
    {
        var office = await db.Users.Where(u => u.Email == "analyst@roles.example").Select(u => u.OrganizationId).SingleAsync(ct);
        var report = Vigil.Reports.FieldReport.Receive(new($"roles-{role}-{Guid.NewGuid():N}", Vigil.Reports.ReportChannel.Api, DateTime.UtcNow.AddDays(-1), "SSD",
            "Roles test report"), office, Classification.Internal, Vigil.Reports.ReporterIdentity.None, null, null, DateTime.UtcNow);
        db.Add(report);
        await db.SaveChangesAsync(ct);
        return report.Id;
    }

    /// <summary>Records of the role's own (UN) organisation for the ids in the routes: an assessment with evidence, an alert, a rule, a webhook, a case, a colleague, the role's API key.</summary>
    private async Task<Dictionary<string, string>> RecordsForAsync(string role, CancellationToken ct)
    {
        using var analyst = await Server.ClientForAsync("analyst@roles.example", "Roles office", Roles.Analyst);
        using var admin = await Server.ClientForAsync("admin@roles.example", "Roles office", Roles.Admin);
        using var created = await analyst.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "SSD", title = $"for {role}", asOf = "2026-10-01" }, ct);
        var assessment = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        using (var judged = await analyst.PutAsJsonAsync($"/api/v1/assessments/{assessment}/indicators/2.1", new
        {
            status = "present", severity = 2,
            evidence = new[] { new { title = "Interview", reference = "file 17", reliability = "B", credibility = 2 } },
        }, ct))
        {
            judged.EnsureSuccessStatusCode();
        }
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDb>();
        var evidence = await db.Set<EvidenceItem>().Where(e => e.AssessmentId == assessment).Select(e => e.Id).SingleAsync(ct);
        var alert = await AlertSeed.AlertAsync(Server.Services, "SSD", DateTime.UtcNow, admin1: role);
        using var webhook = await admin.PostAsJsonAsync("/api/v1/alerts/webhooks", new { url = $"https://hooks.roles.example/{role}" }, ct);
        using var caseCreated = await analyst.PostAsJsonAsync("/api/v1/cases", Situations.CasesApiTests.Case(), ct);
        using var situation = await analyst.PostAsJsonAsync("/api/v1/situations", new { countryIso3 = "SSD", title = $"for {role}" }, ct);
        var situationId = (await situation.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        using var action = await analyst.PostAsJsonAsync($"/api/v1/situations/{situationId}/actions", new
        {
            actorKind = "un", actorName = "UN envoy", option = "mediation", date = "2026-01-02", description = "talks",
            commitments = new[] { new { text = "Talks resume", party = "Government" } },
        }, ct);
        var commitment = (await action.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("actions")[0].GetProperty("commitments")[0].GetProperty("id").GetString()!;
        using (var ingested = await analyst.PostAsJsonAsync("/api/v1/speech/posts", new { source = $"roles-{role}", posts = new[] { new { id = "1", text = "a post", country = "SSD" } } }, ct))
        {
            ingested.EnsureSuccessStatusCode();
        }
        var post = (await analyst.GetFromJsonAsync<JsonElement>("/api/v1/speech/posts", ct)).EnumerateArray()
            .First(p => p.GetProperty("source").GetString() == $"roles-{role}").GetProperty("id").GetString()!;
        using var referral = await analyst.PostAsJsonAsync("/api/v1/speech/referrals", new { postId = post, platform = "ExampleNet" }, ct);
        var colleague = $"colleague-{role}@roles.example";
        await scope.ServiceProvider.GetRequiredService<AddUser>().RunAsync(new(colleague, "Roles office", Roles.Viewer, TestServer.Password, OrganizationKind.Un), ct);
        var records = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["assessments"] = assessment.ToString(),
            ["evidence"] = evidence.ToString(),
            ["alerts"] = alert.Id.ToString(),
            ["situations"] = situationId.ToString(),
            ["commitments"] = commitment,
            ["rules"] = alert.RuleId.ToString(),
            ["webhooks"] = (await webhook.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!,
            ["users"] = (await db.Users.SingleAsync(u => u.Email == colleague, ct)).Id.ToString(),
            ["keys"] = Guid.NewGuid().ToString(),
            ["cases"] = (await caseCreated.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!,
            ["reports"] = (await FieldReportAsync(db, role, ct)).ToString(),
            ["posts"] = post,
            ["referrals"] = (await referral.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!,
            ["entries"] = (await scope.ServiceProvider.GetRequiredService<SpeechLexiconStore>()
                .AddAsync(new LexiconTerm($"roles-entry-{role}", "en", null, null, null, 1, null, false), "roles test", null, ct)).EntryId.ToString(),
        };
        using (var report = await analyst.PostAsJsonAsync("/api/v1/reports", new { clientId = $"for {role}", occurredAt = "2026-01-05", countryIso3 = "SSD", text = "seen" }, ct))
        {
            var reportId = (await report.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
            await scope.ServiceProvider.GetRequiredService<Vigil.Reports.ReportPhotos>()
                .AttachAsync(reportId, [Vigil.Reports.IncomingPhoto.Check("p.jpg", Reports.TestPhotos.Plain)], ct);
            records["reports"] = reportId.ToString();
            records["photos"] = (await db.Set<Vigil.Reports.FieldReportAttachment>().FirstAsync(a => a.ReportId == reportId, ct)).Id.ToString();
        }
        foreach (var (name, id) in await Actors.ActorSeed.RegisterAsync(Server.Services, "Roles office", role, ct))
        {
            records[name] = id.ToString();
        }
        using (var actorAssessment = await analyst.PostAsJsonAsync($"/api/v1/actors/{records["actors"]}/assessments", new { title = $"for {role}", asOf = "2026-10-01" }, ct))
        {
            records["actorAssessments"] = (await actorAssessment.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
        }
        if (role != Anonymous)
        {
            using var own = await Server.ClientForAsync($"{role}@roles.example", "Roles office", role);
            using var key = await own.PostAsJsonAsync("/api/v1/auth/keys", new { name = "to delete" }, ct);
            records["keys"] = (await key.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
        }
        return records;
    }
}

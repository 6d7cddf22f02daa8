using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Alerts.Notifications;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Events.Import;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Alerts;
using Vigil.Tests.Forecasting;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Localization;

/// <summary>
/// One of everything a page shows, stored the way users store it (the API, the importer, the alert and notification
/// jobs), with every text a user types in Chinese. Sudan has it all: two assessment versions (approved, draft) with
/// evidence and resilience, events, alerts from events and from the forecast, two forecast runs.
/// <see cref="LatinData"/> lists the values that must stay in Latin script: the seed's e-mails, URLs, file names and codes,
/// and the identifiers users type or look up as they are (ISO 3166 codes, forecast model names, EWP predictor variables, the framework's id).
/// </summary>
internal sealed record ChinesePageSeed(Guid Approved, Guid Draft, Guid Submitted, Guid EventAlert, Guid ForecastAlert, Guid Case, string FrameworkVersion,
    string AuditRecordType, string TemporaryPassword, IReadOnlyList<string> LatinData, Guid Situation, Guid SpeechPost, Guid Actor)
{
    /// <summary>A field report with a point, people harmed and its reporter (the page shows the reporter to the admin).</summary>
    public Guid Report { get; init; }

    public const string Iso3 = "SDN";
    public const string Organization = "中文测试办公室";
    public const string Admin = "admin@zh.example";
    public const string Analyst = "analyst@zh.example";
    public const string Reviewer = "reviewer@zh.example";
    public const string NewMember = "new.member@zh.example";
    public const string Disabled = "left@zh.example";

    private const string EventFile = "acled-sudan.csv";
    private const string EvidenceUrl = "https://example.org/sudan-report";
    private const string ForecastModel = "ensemble";
    private const string ForecastFile = "test.csv";
    private const string CaseSourceUrl = "https://example.org/darfur-lessons";
    private const string SpeechSource = "zh-feed";
    private const string SpeechAuthor = "@zh_user";

    public static async Task<ChinesePageSeed> StoreAsync(TestServer server, TempFolder temp, CancellationToken ct)
    {
        using var admin = await server.ClientForAsync(Admin, Organization, Roles.Admin);
        using var analyst = await server.ClientForAsync(Analyst, Organization, Roles.Analyst);
        using var reviewer = await server.ClientForAsync(Reviewer, Organization, Roles.Reviewer);
        // A member with the temporary password an admin gave (not yet changed), and one who left.
        var temporary = await AddMemberAsync(admin, NewMember, Roles.Monitor, ct);
        var left = await AddMemberAsync(admin, Disabled, Roles.Viewer, ct);
        (await admin.PostAsync($"/api/v1/admin/users/{left.GetProperty("id").GetGuid()}/disable", null, ct)).EnsureSuccessStatusCode();

        var approved = await AssessmentAsync(analyst, "2026-03-31", "苏丹第一季度评估", ct);
        (await analyst.PostAsync($"/api/v1/assessments/{approved}/submit", null, ct)).EnsureSuccessStatusCode();
        (await reviewer.PostAsJsonAsync($"/api/v1/assessments/{approved}/approve", new { }, ct)).EnsureSuccessStatusCode();
        using var next = await analyst.PostAsJsonAsync($"/api/v1/assessments/{approved}/versions", new { asOf = "2026-06-30" }, ct);
        next.EnsureSuccessStatusCode();
        var draft = (await next.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        await JudgeAsync(analyst, draft, "1.1", new { status = "present", severity = 3, trend = "worsening", notes = "冲突在第二季度加剧。" }, ct);
        var submitted = await AssessmentAsync(analyst, "2026-06-30", "苏丹第二季度评估（待审）", ct);
        (await analyst.PostAsync($"/api/v1/assessments/{submitted}/submit", null, ct)).EnsureSuccessStatusCode();

        await StoreEventsAsync(server, temp, ct);
        await ForecastsApiTests.StoreRunAsync(server, ForecastModel, 0.2);
        await ForecastsApiTests.StoreRunAsync(server, ForecastModel, 0.3);
        var (eventAlert, forecastAlert) = await RaiseAlertsAsync(server, ct);
        await StepAsync(admin, eventAlert, "acknowledge", "已通知驻地办事处。", "internal", ct);
        await StepAsync(admin, eventAlert, "escalate", "已提交给特别顾问。", "restricted", ct);

        await using var receiver = await WebhookReceiver.StartAsync(failures: 0);
        await using var failing = await WebhookReceiver.StartAsync(failures: 1000);
        await WebhookAdminTests.AddAsync(admin, receiver.Url.ToString());
        var failingHook = await WebhookAdminTests.AddAsync(admin, failing.Url.ToString());
        await server.Services.GetRequiredService<BuildDigest>().RunAsync(ct);
        await server.Services.GetRequiredService<DeliverWebhooks>().RunAsync(ct);
        (await admin.PostAsync($"/api/v1/alerts/webhooks/{failingHook}/disable", null, ct)).EnsureSuccessStatusCode();

        var lessonCase = await CaseAsync(analyst, ct);
        var situation = await SituationAsync(analyst, eventAlert, ct);
        await FieldReportsAsync(server, analyst, reviewer, ct);

        var framework = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/framework/versions", ct)).EnumerateArray().First().GetProperty("version").GetString()!;
        string recordType;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct))
        {
            recordType = await db.AuditLog.OrderBy(a => a.At).Select(a => a.RecordType).FirstAsync(ct);
        }
        var temporaryPassword = temporary.GetProperty("temporaryPassword").GetString()!;
        (await analyst.PostAsJsonAsync("/api/v1/speech/posts", new
        {
            source = SpeechSource,
            posts = new[] { new { id = "1", text = "他们不属于这里。", platform = "示例网", author = SpeechAuthor, country = Iso3, postedAt = "2026-05-01T08:00:00Z", followers = 120 } },
        }, ct)).EnsureSuccessStatusCode();
        var speechPost = (await analyst.GetFromJsonAsync<JsonElement>("/api/v1/speech/posts", ct))[0].GetProperty("id").GetGuid();
        // Linked to the situation and referred, so the situation page and the country page show their hate-speech sections.
        (await analyst.PostAsJsonAsync($"/api/v1/situations/{situation}/links", new { kind = "speech", targetId = speechPost }, ct)).EnsureSuccessStatusCode();
        (await analyst.PostAsJsonAsync("/api/v1/speech/referrals", new { postId = speechPost, platform = "示例网" }, ct)).EnsureSuccessStatusCode();
        var actor = (await Actors.ActorSeed.RegisterAsync(server.Services, Organization, "中文", ct, "民兵"))["actors"];
        var (_, actorDraft, actorNamed) = await ActorAssessmentsAsync(server, analyst, reviewer, actor, ct);
        return new ChinesePageSeed(approved, draft, submitted, eventAlert, forecastAlert, lessonCase, framework, recordType, temporaryPassword,
        [
            Iso3, Admin, Analyst, Reviewer, NewMember, Disabled, temporaryPassword,
            EvidenceUrl, CaseSourceUrl, EventFile, ForecastModel, ForecastFile, framework, recordType,
            receiver.Url.ToString(), failing.Url.ToString(),
            .. server.Services.GetRequiredService<CountryCatalog>().All.Select(c => c.Iso3),
            .. ForecastModels.Names, .. PredictorCatalog.Ids, FrameworkCatalog.DefaultFrameworkId, SpeechSource, SpeechAuthor,
        ], situation, speechPost, actor) { Report = await FieldReportAsync(analyst, ct), ActorDraft = actorDraft, ActorNamed = actorNamed };
    }

    private static async Task<Guid> FieldReportAsync(HttpClient analyst, CancellationToken ct)
    {
        using var created = await analyst.PostAsJsonAsync("/api/v1/reports", new
        {
            clientId = "zh-report-1", occurredAt = "2026-03-01T08:00:00Z", countryIso3 = Iso3, admin1 = "北达尔富尔", latitude = 13.63, longitude = 25.35,
            text = "武装人员焚烧了市场。", harmed = new[] { new { sex = "female", age = "adult", count = 2 } }, network = "womens-group", perpetrator = "militia",
            reporter = new { name = "阿米娜", phone = "+249912345678" },
        }, ct);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
    }

    /// <summary>Two retellings of one incident in Chinese (a suggested merge), one verified with a grade, one claimed by the reviewer.</summary>
    private static async Task FieldReportsAsync(TestServer server, HttpClient analyst, HttpClient reviewer, CancellationToken ct)
    {
        Guid first, second;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct))
        {
            var organization = await db.Users.Where(u => u.Email == Analyst).Select(u => u.OrganizationId).SingleAsync(ct);
            var at = DateTime.UtcNow.AddDays(-2);
            Vigil.Reports.FieldReport Report(string text, DateTime when, Vigil.Reports.ReporterNetwork network) => Vigil.Reports.FieldReport.Receive(
                new(Guid.NewGuid().ToString(), Vigil.Reports.ReportChannel.Web, when, Iso3, text)
                {
                    Admin1 = "北达尔富尔", Network = network, Harmed = [new(Vigil.Reports.HarmedSex.Female, Vigil.Reports.AgeGroup.Child, 2)],
                }, organization, Classification.Internal, Vigil.Reports.ReporterIdentity.None, null, null, DateTime.UtcNow);
            var a = Report("今天早上，一伙武装分子烧毁了镇上的市场，三名商人被杀，商店遭到抢劫。", at, Vigil.Reports.ReporterNetwork.WomensGroup);
            var b = Report("今天早上一伙武装分子烧毁了镇上市场！三名商人被杀害，商店被抢劫", at.AddHours(2), Vigil.Reports.ReporterNetwork.YouthGroup);
            db.AddRange(a, b);
            await db.SaveChangesAsync(ct);
            (first, second) = (a.Id, b.Id);
        }
        (await analyst.PostAsJsonAsync($"/api/v1/reports/{first}/verification", new { status = "verified", reason = "两名监测员与当地教会证实。", reliability = "B", credibility = 2 }, ct))
            .EnsureSuccessStatusCode();
        (await reviewer.PostAsync($"/api/v1/reports/{second}/claim", null, ct)).EnsureSuccessStatusCode();
    }

    public Guid ActorDraft { get; init; }

    public Guid ActorNamed { get; init; }

    /// <summary>An actor's approved assessment (a finding on event evidence) that a reviewer named it on, and a draft with a finding on a document and a person.</summary>
    private static async Task<(Guid Actor, Guid Draft, Guid Named)> ActorAssessmentsAsync(TestServer server, HttpClient analyst, HttpClient reviewer, Guid actor, CancellationToken ct)
    {
        long eventId;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct))
        {
            eventId = await db.Set<Vigil.Events.Event>().OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(ct);
        }
        async Task<JsonElement> SendAsync(Task<HttpResponseMessage> sending)
        {
            using var response = await sending;
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        }
        var path = $"/api/v1/actors/{actor}/assessments";
        var named = (await SendAsync(analyst.PostAsJsonAsync(path, new { title = "快速支援部队评估（已批准）", asOf = "2026-03-31" }, ct))).GetProperty("id").GetGuid();
        var judged = await SendAsync(analyst.PutAsJsonAsync($"{path}/{named}/indicators/10.1", new
        {
            status = "present", severity = 3, confidence = "high", standard = "reasonable-grounds", notes = "多次针对平民的袭击。",
            evidence = new[] { new { kind = "event", eventId, title = "法希尔袭击事件", reliability = "B", credibility = 2 } },
        }, ct));
        var evidence = judged.GetProperty("evidenceItems")[0].GetProperty("id").GetGuid();
        await SendAsync(analyst.PostAsync($"{path}/{named}/submit", null, ct));
        await SendAsync(reviewer.PostAsync($"{path}/{named}/approve", null, ct));
        await SendAsync(reviewer.PostAsJsonAsync($"{path}/{named}/naming", new { evidenceIds = new[] { evidence }, reason = "证据相互印证。" }, ct));
        var draft = (await SendAsync(analyst.PostAsJsonAsync(path, new { title = "快速支援部队评估（草稿）", asOf = "2026-06-30" }, ct))).GetProperty("id").GetGuid();
        await SendAsync(analyst.PutAsJsonAsync($"{path}/{draft}/factors/RF5", new
        {
            status = "present", severity = 2, standard = "credible-information", notes = "拥有重型武器。",
            evidence = new[] { new { kind = "document", title = "内部命令副本", reference = "文件 12", reliability = "C", credibility = 3 } },
        }, ct));
        await SendAsync(analyst.PostAsJsonAsync($"{path}/{draft}/individuals", new { name = "某指挥官", role = "北部战区指挥官", notes = "多次出现在袭击现场。" }, ct));
        return (actor, draft, named);
    }

    /// <summary>A situation opened from the event alert, with competing mediation, contradictory stances, an overdue commitment, a review and a trend.</summary>
    private static async Task<Guid> SituationAsync(HttpClient analyst, Guid alert, CancellationToken ct)
    {
        using var opened = await analyst.PostAsJsonAsync("/api/v1/situations", new { title = "达尔富尔北部局势", summary = "法希尔周边暴力升级。", alertId = alert, reviewDue = "2026-01-15" }, ct);
        opened.EnsureSuccessStatusCode();
        var id = (await opened.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        (await analyst.PostAsJsonAsync($"/api/v1/situations/{id}/status", new { status = "early-warning", reason = "平民死亡人数上升。", at = "2026-01-02" }, ct)).EnsureSuccessStatusCode();
        (await analyst.PostAsJsonAsync($"/api/v1/situations/{id}/actions", new
        {
            actorKind = "un", actorName = "联合国特使", option = "mediation", date = "2026-01-10", until = "2026-02-20", description = "与各方会谈。",
            channel = "特使访问", stance = "pressure",
            commitments = new[] { new { text = "释放被拘留者", party = "政府", due = "2026-02-01", implemented = "partly", genderProvision = true } },
        }, ct)).EnsureSuccessStatusCode();
        (await analyst.PostAsJsonAsync($"/api/v1/situations/{id}/actions", new
        {
            actorKind = "neighbouring-state", actorName = "邻国调解人", option = "mediation", date = "2026-01-15", until = "2026-01-30", description = "另行斡旋。",
            stance = "support",
        }, ct)).EnsureSuccessStatusCode();
        (await analyst.PostAsJsonAsync($"/api/v1/situations/{id}/reviews", new { whatChanged = "暴力蔓延。", decision = "加强接触。" }, ct)).EnsureSuccessStatusCode();
        (await analyst.PostAsJsonAsync($"/api/v1/situations/{id}/trend", new { month = "2026-01", trend = "deteriorated" }, ct)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>
    /// A client that chose Chinese at /lang, then (unless <paramref name="email"/> is null) signed in on the login page with the
    /// session cookie, as a browser does.
    /// </summary>
    public static async Task<HttpClient> ChineseBrowserAsync(TestServer server, string? email, CancellationToken ct, string password = TestServer.Password)
    {
        var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var browser = new HttpClient(handler, disposeHandler: true) { BaseAddress = server.Address };
        using (var chosen = await browser.GetAsync("/lang?culture=zh-Hans&returnUrl=/login", ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        }
        if (email is not null)
        {
            using var signedIn = await browser.PostFormAsync("/login", null, new() { ["Input.Email"] = email, ["Input.Password"] = password }, cancellationToken: ct);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
        return browser;
    }

    private static async Task<JsonElement> AddMemberAsync(HttpClient admin, string email, string role, CancellationToken ct)
    {
        using var added = await admin.PostAsJsonAsync("/api/v1/admin/users", new { email, role }, ct);
        added.EnsureSuccessStatusCode();
        return await added.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    /// <summary>An assessment of Sudan with judged indicators, evidence on an indicator and a resilience dimension, ratings and a summary.</summary>
    private static async Task<Guid> AssessmentAsync(HttpClient analyst, string asOf, string title, CancellationToken ct)
    {
        using var created = await analyst.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = Iso3, title, asOf, classification = "internal", areas = "达尔富尔" }, ct);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        (await analyst.PutAsJsonAsync($"/api/v1/assessments/{id}", new { title, asOf, areas = "达尔富尔", summary = "武装冲突持续，平民遭受袭击。" }, ct)).EnsureSuccessStatusCode();
        await JudgeAsync(analyst, id, "1.1", new
        {
            status = "present", severity = 2, trend = "stable", confidence = "high", notes = "多个地区发生武装冲突。", gender = true, area = "北达尔富尔",
            evidence = new[]
            {
                new { title = "联合国人权报告", url = EvidenceUrl, date = "2026-02-01", sourceType = "unReport", reliability = "B", credibility = 2, sourceIdentity = "驻地联络人" },
            },
        }, ct);
        await JudgeAsync(analyst, id, "7.9", new { status = "absent", notes = "未见报道。" }, ct);
        await JudgeAsync(analyst, id, "2.1", new { status = "unknown" }, ct);
        (await analyst.PutAsJsonAsync($"/api/v1/assessments/{id}/resilience/P2", new { rating = 1, notes = "司法机构薄弱。" }, ct)).EnsureSuccessStatusCode();
        (await analyst.PostAsJsonAsync($"/api/v1/assessments/{id}/evidence/P2",
            new { title = "监察员报告", url = EvidenceUrl, date = "2026-01-15", sourceType = "ngo", reliability = "C", credibility = 3 }, ct)).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>A case of the library with its prose in Chinese, every factor rated (the page shows each rating and option word).</summary>
    private static async Task<Guid> CaseAsync(HttpClient analyst, CancellationToken ct)
    {
        using var created = await analyst.PostAsJsonAsync("/api/v1/cases", new
        {
            countryIso3 = Iso3,
            title = new { en = "苏丹达尔富尔经验", zh = "苏丹达尔富尔经验" },
            summary = new { en = "地方调解缓和了冲突。", zh = "地方调解缓和了冲突。" },
            periodStart = "2024-01", periodEnd = "2024-12-31", outcome = "limited",
            timeline = new[] { new { date = "2024-03-01", text = new { en = "部落长老召开和解会议。", zh = "部落长老召开和解会议。" } } },
            options = new[] { "mediation", "community-self-protection" },
            actors = new[] { new { name = new { en = "部落长老", zh = "部落长老" }, kind = "local-community" } },
            factors = new[] { "strong", "partial", "weak", "absent", "not-rated", "strong" }
                .Select((rating, i) => new { factor = Vigil.Situations.Cases.CaseVocabulary.Factors[i], rating, evidence = new { en = "见会议记录。", zh = "见会议记录。" } }),
            sources = new[] { new { citation = "和解会议记录", url = CaseSourceUrl } },
            ratingsIllustrative = true,
            classification = "internal",
        }, ct);
        Assert.True(created.IsSuccessStatusCode, $"case: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync(ct)}");
        return (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
    }

    private static async Task JudgeAsync(HttpClient analyst, Guid id, string indicator, object judgement, CancellationToken ct)
    {
        using var put = await analyst.PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/{indicator}", judgement, ct);
        Assert.True(put.IsSuccessStatusCode, $"indicator {indicator}: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync(ct)}");
    }

    /// <summary>Events of Sudan through the importer (as a user imports them), their names in Chinese.</summary>
    private static async Task StoreEventsAsync(TestServer server, TempFolder temp, CancellationToken ct)
    {
        var file = temp.Write(EventFile,
        [
            "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,inter1,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,iso3",
            .. Enumerable.Range(0, 8).Select(i =>
                $"SDN{i},2025-{1 + i:00}-15,2025,1,Violence against civilians,Attack,快速支援部队,平民,3,7,Sudan,北达尔富尔,法希尔,法希尔,13.63,25.35,1,{(i + 1) * 3},村庄遭到袭击,SDN"),
            "SDN9,2025-08-20,2025,1,Battles,Armed clash,快速支援部队,苏丹武装部队,3,1,Sudan,喀土穆,喀土穆,喀土穆,15.5,32.56,1,40,城市交火,SDN",
        ]);
        var summary = await server.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([file]), null, ct);
        Assert.Equal(9, summary.Imported);
    }

    /// <summary>
    /// Signals as the escalation scan and a forecast run record them (one national and one regional from the events, one from
    /// the watchlist), then the alert job raises alerts under its default rules.
    /// </summary>
    private static async Task<(Guid Events, Guid Forecast)> RaiseAlertsAsync(TestServer server, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct))
        {
            db.Add(Signal.Raise("events", "acled", Iso3, "", new DateOnly(2025, 8, 1), "fatalities", ["7.8"], now).Measured(64, 12, 6.5, SignalSeverity.High, now));
            db.Add(Signal.Raise("events", "acled", Iso3, "", new DateOnly(2025, 8, 1), "civilian_deaths", ["7.8"], now).Measured(24, 6, 4.1, SignalSeverity.Moderate, now));
            db.Add(Signal.Raise("events", "acled", Iso3, "北达尔富尔", new DateOnly(2025, 7, 1), "events", ["8.1"], now).Measured(15, 2, 3.2, SignalSeverity.Moderate, now));
            db.Add(Signal.Raise(WatchlistChange.Origin, WatchlistChange.SourceOf(ForecastModel), Iso3, "", new DateOnly(2024, 1, 1), WatchlistChange.Top10, [], now)
                .Measured(30, 20, 30, SignalSeverity.High, now));
            await db.SaveChangesAsync(ct);
        }
        await server.Services.GetRequiredService<RaiseAlerts>().RunAsync(ct);
        await using var read = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        var alerts = await read.Set<Alert>().AsNoTracking().Include(a => a.Signals).ToListAsync(ct);
        var signals = await read.Set<Signal>().AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        var events = alerts.First(a => a.Admin1.Length == 0 && a.Signals.All(s => signals[s.SignalId].Origin == "events"));
        var forecast = alerts.First(a => a.Signals.All(s => signals[s.SignalId].Origin == WatchlistChange.Origin));
        return (events.Id, forecast.Id);
    }

    private static async Task StepAsync(HttpClient admin, Guid alert, string verb, string note, string classification, CancellationToken ct)
    {
        using var stepped = await admin.PostAsJsonAsync($"/api/v1/alerts/{alert}/{verb}", new { note, noteClassification = classification }, ct);
        Assert.True(stepped.IsSuccessStatusCode, $"{verb}: {(int)stepped.StatusCode} {await stepped.Content.ReadAsStringAsync(ct)}");
    }
}

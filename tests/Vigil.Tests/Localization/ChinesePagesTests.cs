using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Routing.Patterns;
using Vigil.Tests.Alerts;
using Vigil.TestPages;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Localization;

/// <summary>
/// Every Razor page, found from the app's endpoints (so a page added later is checked too), rendered in Chinese for an
/// admin over a store holding one of everything, in the states that change what it says (filters, a search finding
/// nothing, an empty list, the editor), and the not-found and forbidden pages: no English UI text may be left.
/// </summary>
public sealed class ChinesePagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Pages whose GET only sends elsewhere, and where to.</summary>
    private static readonly Dictionary<string, string> RedirectOnly = new(StringComparer.Ordinal)
    {
        ["/Account/Logout"] = "/", // signing out is a POST; a GET goes home
        ["/Account/LoginTwoFactor"] = "/login", // only after the password step (TwoFactorTests renders it in Chinese)
    };

    [Fact]
    public async Task Get_EveryPageInChinese_ShowsNoEnglishUiText()
    {
        using var temp = new TempFolder();
        await using var server = await TestServer.StartAsync(TestStore.Sqlite(), WebhookReceiver.AllowLoopback);
        var seed = await ChinesePageSeed.StoreAsync(server, temp, Ct);
        using var adminBrowser = await ChinesePageSeed.ChineseBrowserAsync(server, ChinesePageSeed.Admin, Ct);
        using var analystBrowser = await ChinesePageSeed.ChineseBrowserAsync(server, ChinesePageSeed.Analyst, Ct);
        using var anonymousBrowser = await ChinesePageSeed.ChineseBrowserAsync(server, null, Ct);
        using var temporaryBrowser = await ChinesePageSeed.ChineseBrowserAsync(server, ChinesePageSeed.NewMember, Ct, seed.TemporaryPassword);
        var (admin, analyst, anonymous, temporary) = (("admin", adminBrowser), ("analyst", analystBrowser), ("anonymous", anonymousBrowser),
            ("monitor with a temporary password", temporaryBrowser));

        var pages = AppPages.All(server.Services);
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages found among the endpoints");
        var requests = new List<((string Who, HttpClient Browser) As, string Url, HttpStatusCode Status)>();
        var problems = new List<string>();
        foreach (var (page, route, allowsAnonymous) in pages)
        {
            if (Url(route, seed) is not { } url)
            {
                problems.Add($"{page}: no seed value for a parameter of /{route.RawText}; add one to {nameof(Url)}");
                continue;
            }
            if (RedirectOnly.TryGetValue(page, out var target))
            {
                using var response = await adminBrowser.GetAsync(url, Ct);
                if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != target)
                {
                    problems.Add($"{url}: expected a redirect to {target}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
                continue;
            }
            var visitor = allowsAnonymous ? anonymous : admin;
            requests.Add((visitor, url, HttpStatusCode.OK));
            requests.AddRange(States(page, seed).Select(state => (visitor, state, HttpStatusCode.OK)));
        }
        var unknown = Guid.NewGuid();
        requests.AddRange(
        [
            (temporary, "/account/password", HttpStatusCode.OK), // held there until the temporary password is changed
            (admin, $"/alerts/{unknown}", HttpStatusCode.NotFound),
            (admin, $"/assessments/{unknown}", HttpStatusCode.NotFound),
            (admin, "/countries/ZZZ", HttpStatusCode.NotFound),
            (admin, "/no-such-page", HttpStatusCode.NotFound),
            (analyst, "/alerts/rules", HttpStatusCode.Forbidden), // admins only
            (analyst, "/admin/users", HttpStatusCode.Forbidden),
            (analyst, "/admin/audit", HttpStatusCode.Forbidden), // refused by the page's own check
        ]);

        var english = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var ((who, browser), url, status) in requests)
        {
            using var response = await browser.GetAsync(url, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode != status)
            {
                problems.Add($"{url} as {who}: expected {(int)status}, got {(int)response.StatusCode} {response.Headers.Location}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                using var document = new HtmlParser().ParseDocument(body);
                if (document.DocumentElement.GetAttribute("lang") != "zh-Hans")
                {
                    problems.Add($"{url} as {who}: <html lang=\"{document.DocumentElement.GetAttribute("lang")}\">, not zh-Hans");
                }
            }
            if (EnglishOnPage.Find(body, seed.LatinData) is { Count: > 0 } found)
            {
                english[$"{url} as {who}"] = found;
            }
        }

        var report = Report(problems, english);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.True(problems.Count == 0 && english.Count == 0, report);
    }

    [Fact]
    public void Find_ChinesePageWithEnglishLeft_ReportsItButNotNamesDataOrMarkedLanguage()
    {
        const string html = """
            <html lang="zh-Hans"><head><title>国家 · Vigil</title><style>.a { color: red }</style></head><body>
            <p>导出为 CSV 或 JSON（HXL 标签），数据来自 ACLED 与 UCDP GED。</p>
            <p>作者 analyst@zh.example · 模型 ensemble · 记录 3f2a9c1e-bad0-4c2d-8e1f-0123456789ab</p>
            <a lang="en" href="?culture=en">English</a>
            <button type="submit" title="保存">Save</button>
            <input type="submit" value="Filter results">
            <input type="text" placeholder="Search">
            <script>var notShown = "hidden from readers";</script>
            <p>命令：<code>vigil events import</code></p>
            <p>风险 <span class="visually-hidden">Risk level</span></p>
            </body></html>
            """;

        var found = EnglishOnPage.Find(html, ["analyst@zh.example", "ensemble"]);

        Assert.Equal(["Save", "Risk level", "@value: Filter results", "@placeholder: Search"], found);
        Assert.Equal(["APIs"], EnglishOnPage.Words("OpenAPI 与 API 和 APIs", []));
    }

    /// <summary>The route with its parameters filled from the seed: a country with everything, a draft and an approved version, an alert.</summary>
    private static string? Url(RoutePattern route, ChinesePageSeed seed) => AppPages.Url(route, (area, parameter) => (area, parameter) switch
    {
        (_, "iso3") => ChinesePageSeed.Iso3,
        ("alerts", "id") => seed.EventAlert.ToString(),
        ("cases", "id") => seed.Case.ToString(),
        ("situations", "id") => seed.Situation.ToString(),
        ("reports", "id") => seed.Report.ToString(),
        ("speech", "id") => seed.SpeechPost.ToString(),
        ("actors", "id") => seed.Actor.ToString(),
        ("assessments", "id") => seed.Draft.ToString(),
        ("assessments", "otherId") => seed.Approved.ToString(),
        ("actors", "actorId") => seed.Actor.ToString(),
        ("actors", "assessmentId") => seed.ActorDraft.ToString(),
        _ => null,
    });

    /// <summary>Further states of a page that change what it says: filters, searches that find nothing, empty lists, other records.</summary>
    private static IEnumerable<string> States(string page, ChinesePageSeed seed) => page switch
    {
        "/Index" => ["/?q=苏丹", "/?q=不存在的国家"],
        "/Framework" => [$"/framework?version={Uri.EscapeDataString(seed.FrameworkVersion)}"],
        "/Alerts/Index" =>
        [
            "/alerts?status=Escalated", "/alerts?status=Closed", "/alerts?severity=High", "/alerts?country=SDN", "/alerts?country=苏丹",
            "/alerts?country=不存在的国家",
        ],
        "/Alerts/Detail" => [$"/alerts/{seed.ForecastAlert}"],
        "/Cases/Index" => ["/cases?q=调解", "/cases?q=达尔富尔 经验", "/cases?q=不存在的词"],
        "/Actors/Assessment" => [$"/actors/{seed.Actor}/assessments/{seed.ActorNamed}"],
        "/Assessments/View" => [$"/assessments/{seed.Approved}", $"/assessments/{seed.Submitted}"],
        "/Assessments/Edit" => [$"/assessments/{seed.Draft}/edit?open=all", $"/assessments/{seed.Draft}/edit?open=resilience", $"/assessments/{seed.Approved}/edit"],
        "/Countries/Details" => ["/countries/NOR", "/countries/BGD"],
        "/Events/Country" =>
        [
            "/events/SDN?q=法希尔", "/events/SDN?q=不存在的地点", "/events/SDN?sort=fatalities", "/events/SDN?from=2025-03-01&to=2025-05-31",
            "/events/SDN?mapFrom=2025-01&mapTo=2025-06", "/events/SDN?mapFrom=2025-13", "/events/NOR",
        ],
        "/Forecasts/Index" => ["/forecasts?q=SDN", "/forecasts?q=不存在的国家", "/forecasts?minRisk=10", "/forecasts?top=1", "/forecasts?region=africa"],
        "/Forecasts/Country" => ["/forecasts/NOR"],
        "/Actors/Index" => ["/actors?country=SDN", "/actors?country=NOR&kind=rebel-group"],
        "/Speech/Queue" => ["/speech/queue?country=SDN"],
        "/Admin/Audit" => [$"/admin/audit?recordType={Uri.EscapeDataString(seed.AuditRecordType)}", "/admin/audit?recordType=不存在"],
        _ => [],
    };

    /// <summary>Page → each English string found, for a developer to translate; then the requests that did not answer as expected.</summary>
    private static string Report(List<string> problems, SortedDictionary<string, IReadOnlyList<string>> english)
    {
        var report = new StringBuilder();
        if (english.Count > 0)
        {
            report.AppendLine($"English left on {english.Count} Chinese page(s):");
            foreach (var (url, found) in english)
            {
                report.AppendLine(url);
                foreach (var text in found)
                {
                    report.AppendLine($"    {text}");
                }
            }
        }
        if (problems.Count > 0)
        {
            report.AppendLine("Pages that did not answer as expected:");
            problems.ForEach(p => report.AppendLine($"    {p}"));
        }
        return report.ToString();
    }
}

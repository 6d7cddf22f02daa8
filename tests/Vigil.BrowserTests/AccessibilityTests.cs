using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Alerts;
using Vigil.Assessment;
using Vigil.Events.Import;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Storage;
using Vigil.TestPages;

namespace Vigil.BrowserTests;

/// <summary>
/// axe-core (fetched from npm by the build) on every page of the app — found from its endpoints, so a page added later
/// is checked too — in English and Chinese, signed in as an admin over a store holding one of everything. Any serious or
/// critical violation fails the test, listed page by page. One browser, the pages in sequence: browser tests are slow.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string AdminEmail = "browser-admin@test.example";
    private const string Iso3 = "CAF";
    private static readonly string[] Cultures = ["en", "zh-Hans"];

    /// <summary>Pages drawn by script, and what shows they are drawn: axe must see the page a user reads.</summary>
    private static readonly Dictionary<string, string> DrawnBy = new(StringComparer.Ordinal)
    {
        ["/api-docs"] = "#swagger-ui .opblock",
        ["/forecasts"] = "#risk-map path",
    };

    /// <summary>Pages whose GET only sends elsewhere.</summary>
    private static readonly string[] RedirectOnly = ["/Account/Logout"];

    private sealed record Seed(Guid VeryHigh, Guid TrainingApproved, Guid TrainingDraft, Guid Alert, Guid Case, Guid Situation, Guid Actor, Guid ActorAssessment, Guid Report, Guid SpeechPost);

    [Fact]
    public async Task EveryPage_BothLanguages_HasNoSeriousOrCriticalAxeViolationAndVeryHighCardIsReadable()
    {
        var axe = Path.Combine(AppContext.BaseDirectory, "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"{axe} is missing: the build fetches axe-core from npm (is npm installed and the registry reachable?)");
        var axeSource = await File.ReadAllTextAsync(axe);
        var password = "pw-" + Guid.NewGuid().ToString("n");
        var seed = await StoreAsync(password);
        if (fixture.Browser is null)
        {
            Assert.Skip("Chromium is not installed (apt-get install chromium, or run ./test which installs it).");
        }

        var urls = new List<(string Url, bool Anonymous)>();
        foreach (var (page, route, anonymous) in AppPages.All(fixture.Services))
        {
            if (RedirectOnly.Contains(page, StringComparer.Ordinal))
            {
                continue;
            }
            urls.Add((Url(route, seed) ?? throw new InvalidOperationException($"{page}: no seed value for a parameter of /{route.RawText}"), anonymous));
        }
        Assert.True(urls.Count >= 20, $"only {urls.Count} pages found among the endpoints");
        urls.Add(("/admin/audit?recordType=RiskAssessment", false));
        urls.Add(($"/assessments/{seed.TrainingApproved}", false));

        await using var anonymousContext = await ContextAsync();
        await using var adminContext = await ContextAsync();
        var anonymousPage = await anonymousContext.NewPageAsync();
        var adminPage = await adminContext.NewPageAsync();
        await adminPage.GotoAsync("/login");
        await adminPage.GetByLabel("E-mail").FillAsync(AdminEmail);
        await adminPage.GetByLabel("Password").FillAsync(password);
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await adminPage.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await AssertOverallCardReadableAsync(adminPage, seed.VeryHigh);

        var found = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var culture in Cultures)
        {
            foreach (var (url, anonymous) in urls)
            {
                var page = anonymous ? anonymousPage : adminPage;
                var address = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=" + culture;
                var response = await page.GotoAsync(address, new() { WaitUntil = WaitUntilState.NetworkIdle });
                if (response is null || !response.Ok)
                {
                    found[address] = [$"answered {response?.Status}"];
                    continue;
                }
                if (DrawnBy.TryGetValue(url, out var drawn))
                {
                    await Assertions.Expect(page.Locator(drawn).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
                }
                if (await ViolationsAsync(page, axeSource) is { Count: > 0 } violations)
                {
                    found[address] = violations;
                }
            }
        }

        var report = new StringBuilder();
        foreach (var (url, violations) in found)
        {
            report.AppendLine(url);
            violations.ForEach(v => report.AppendLine("    " + v));
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{urls.Count * Cultures.Length} pages checked, {found.Count} with serious or critical violations");
        Assert.True(found.Count == 0, $"Serious or critical axe violations on {found.Count} page(s):\n{report}");
    }

    /// <summary>On a page rated "very high" the overall card's words must stand out from the card's own (computed) background.</summary>
    private static async Task AssertOverallCardReadableAsync(IPage page, Guid veryHigh)
    {
        await page.GotoAsync($"/assessments/{veryHigh}");
        var card = page.Locator("#overall");
        await Assertions.Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("level-very-high"));
        foreach (var part in new[] { "#overall-level", "#overall-score", ".overall-label" })
        {
            var colours = await card.Locator(part).First.EvaluateAsync<string[]>(
                "e => [getComputedStyle(e).color, getComputedStyle(document.getElementById('overall')).backgroundColor]");
            var ratio = Contrast(colours[0], colours[1]);
            Assert.True(ratio >= 4.5, $"overall card {part}: text {colours[0]} on {colours[1]} has contrast {ratio:0.00}:1, below 4.5:1");
        }
    }

    /// <summary>WCAG contrast ratio of two opaque CSS colours as computed styles give them ("rgb(255, 255, 255)").</summary>
    private static double Contrast(string a, string b)
    {
        static double Luminance(string css)
        {
            var parts = css[(css.IndexOf('(', StringComparison.Ordinal) + 1)..css.IndexOf(')', StringComparison.Ordinal)]
                .Split(',').Select(p => double.Parse(p.Trim(), CultureInfo.InvariantCulture) / 255).ToArray();
            Assert.True(parts.Length == 3 || parts[3] * 255 == 1, $"{css} is not opaque");
            static double Linear(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            return (0.2126 * Linear(parts[0])) + (0.7152 * Linear(parts[1])) + (0.0722 * Linear(parts[2]));
        }
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private async Task<IBrowserContext> ContextAsync() =>
        // axe is injected by script: the pages' CSP (script-src 'self') would refuse it.
        await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Address.ToString(), Locale = "en-GB", BypassCSP = true, ViewportSize = new() { Width = 1280, Height = 900 },
        });

    /// <summary>axe's serious and critical violations on the page, one line per rule with the first few elements.</summary>
    private static async Task<List<string>> ViolationsAsync(IPage page, string axeSource)
    {
        await page.EvaluateAsync(axeSource);
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v =>
                `${v.impact} ${v.id} (${v.nodes.length}): ${v.help} — ` +
                v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' [' + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 160) + ']').join('; '));
            }
            """);
        return [.. violations.EnumerateArray().Select(v => v.GetString()!)];
    }

    /// <summary>The route with its parameters filled from the seed; null when a parameter has no seed value.</summary>
    private static string? Url(RoutePattern route, Seed seed) => AppPages.Url(route, (area, parameter) => (area, parameter) switch
    {
        (_, "iso3") => Iso3,
        ("alerts", "id") => seed.Alert.ToString(),
        ("cases", "id") => seed.Case.ToString(),
        ("situations", "id") => seed.Situation.ToString(),
        // The compare page needs two versions of one assessment; the other pages show the very-high one.
        ("assessments", "id") when route.RawText!.Contains("compare", StringComparison.Ordinal) => seed.TrainingDraft.ToString(),
        ("assessments", "id") => seed.VeryHigh.ToString(),
        ("assessments", "otherId") => seed.TrainingApproved.ToString(),
        ("actors", "actorId" or "id") => seed.Actor.ToString(),
        ("reports", "id") => seed.Report.ToString(),
        ("speech", "id") => seed.SpeechPost.ToString(),
        ("actors", "assessmentId") => seed.ActorAssessment.ToString(),
        _ => null,
    });

    /// <summary>
    /// An admin, the training case (two versions), a Central African Republic assessment judged "very high", events with a
    /// long note, two forecast runs and an alert: what the pages show when they are full.
    /// </summary>
    private async Task<Seed> StoreAsync(string password)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var org = await sp.GetRequiredService<AddOrganization>().FindOrRunAsync(new AddOrganization.Request("Browser test office", OrganizationKind.Un), CancellationToken.None);
        await sp.GetRequiredService<AddUser>().RunAsync(new(AdminEmail, "Browser test office", Roles.Admin, password, OrganizationKind.Un), CancellationToken.None);
        var draft = await sp.GetRequiredService<TrainingCase>().EnsureAsync(org.Id, CancellationToken.None);
        var db = sp.GetRequiredService<VigilDb>();
        var approved = await db.Assessments.AsNoTracking().Where(a => a.IsExample && a.Id != draft.Id).Select(a => a.Id).FirstAsync();

        var veryHigh = await sp.GetRequiredService<CreateAssessment>().RunAsync(new CreateAssessment.Request(
            Iso3, "Central African Republic, all indicators present", new DateOnly(2026, 3, 31), "browser test", Classification.Public, "Ouham", org.Id),
            CancellationToken.None);
        var framework = await sp.GetRequiredService<FrameworkCatalog>().ForAsync(veryHigh, CancellationToken.None);
        var judge = sp.GetRequiredService<JudgeIndicator>();
        foreach (var indicator in framework.Indicators)
        {
            await judge.RunAsync(new JudgeIndicator.Request(veryHigh.Id, indicator.Id,
                new JudgementRequest(IndicatorStatus.Present, 3, Trend.Worsening, Confidence.High, "Seen in every province.", null, null, null), "browser test"),
                CancellationToken.None);
        }

        var file = Path.Combine(Directory.CreateTempSubdirectory("vigil-browser-a11y-").FullName, "acled.csv");
        var longNote = string.Join(' ', Enumerable.Repeat("Armed men attacked the village at dawn, burned houses and abducted several residents.", 6));
        await File.WriteAllLinesAsync(file, [
            "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,inter1,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,fatalities,notes,iso3",
            .. Enumerable.Range(0, 6).Select(i =>
                $"a11y-{i},2022-{1 + i:00}-15,2022,1,Violence against civilians,Attack,Unidentified Armed Group,Civilians,3,7,Central African Republic,Ouham,Bossangoa,Bossangoa,6.49,17.45,1,{i + 1},\"{longNote}\",CAF"),
        ]);
        await sp.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([file]), null, CancellationToken.None);

        var now = DateTime.UtcNow;
        foreach (var (year, risk) in new[] { (2023, 0.05), (2024, 0.12) })
        {
            db.ForecastRuns.Add(new ForecastRun("ensemble", "browser-test.csv", year, 100, now, [
                new("Central African Republic", 482, Iso3, year, risk, 1, [new PredictorContribution("discrimpop", 0.12, 1.04)], [], [new PredictorContribution("discrimpop", 0.12, 1.04)]),
                new("Sudan", 625, "SDN", year, risk / 2, 2, [new PredictorContribution("battledeaths.log2", 13.1, 0.3)], [], []),
                new("Norway", 385, "NOR", year, 0.001, 3, [], [new PredictorContribution("freediscussion", 0.98, -0.4)], []),
            ]));
        }
        var rule = AlertRule.Create("Browser rule", "events", now, "system");
        var signal = Signal.Raise("events", "acled", Iso3, "Ouham", new DateOnly(2022, 6, 1), "fatalities", ["7.8"], now).Measured(120, 20, 6.5, SignalSeverity.High, now);
        var alert = Alert.Raise(rule, signal, now);
        db.AddRange(rule, signal, alert);
        await db.SaveChangesAsync();

        // The case library's example entries and the demo's situation, so that their pages are visited full.
        await sp.GetRequiredService<Vigil.Situations.Cases.ExampleCases>().EnsureAsync(org.Id, CancellationToken.None);
        await Vigil.App.Cli.DemoSituation.EnsureAsync(sp, draft, org.Id, CancellationToken.None);
        var lessonCase = await db.Set<Vigil.Situations.Cases.PreventionCase>().AsNoTracking().Select(c => c.Id).FirstAsync();
        var situation = await db.Set<Vigil.Situations.Situation>().AsNoTracking().Select(x => x.Id).FirstAsync();
        // The register's entry for the imported events' actor, and its draft assessment with a finding, its evidence and the standard notice.
        var actorId = await db.Set<Vigil.Actors.Actor>().AsNoTracking().Where(a => a.OrganizationId == org.Id).Select(a => a.Id).FirstAsync();
        var actorAssessment = await sp.GetRequiredService<Vigil.Actors.Assessments.CreateActorAssessment>().RunAsync(new(
            actorId, "Militia in Ouham, 2026 Q1", new DateOnly(2026, 3, 31), "browser test", Classification.Restricted, org.Id), CancellationToken.None)
            ?? throw new InvalidOperationException("The register's actor was not found.");
        await sp.GetRequiredService<Vigil.Actors.Assessments.JudgeActorTarget>().RunAsync(new(actorAssessment.Id, "10.1", false,
            new Vigil.Actors.Assessments.ActorJudgementRequest(IndicatorStatus.Present, 3, null, Confidence.High, "Seen in two villages.",
                Vigil.Actors.Assessments.EvidentiaryStandard.ReasonableGrounds,
                [new Vigil.Actors.Assessments.ActorEvidenceRequest(Vigil.Actors.Assessments.ActorEvidenceKind.Document, null, "Field office report", "doc 1", null, 'B', 2)]),
            "browser test"), CancellationToken.None);
        // A field report and a monitored post, so that their pages are visited.
        var report = Vigil.Reports.FieldReport.Receive(new(Guid.NewGuid().ToString(), Vigil.Reports.ReportChannel.Web, now.AddDays(-1), Iso3, "Houses burned near Bossangoa.")
            { Admin1 = "Ouham" }, org.Id, Classification.Internal, Vigil.Reports.ReporterIdentity.None, null, null, now);
        db.Add(report);
        await db.SaveChangesAsync();
        await sp.GetRequiredService<Vigil.Speech.Monitoring.IngestPosts>().RunAsync(new(
            [new("a11y", "1", "They do not belong here.", "en", "ExampleNet", "@someone", now.AddDays(-1), Iso3, "Ouham", null, 120, 3)],
            Classification.Internal, org.Id), Viewer.System, CancellationToken.None);
        var post = await db.Set<Vigil.Speech.Monitoring.SpeechPost>().AsNoTracking().Select(p => p.Id).FirstAsync();
        return new Seed(veryHigh.Id, approved, draft.Id, alert.Id, lessonCase, situation, actorAssessment.ActorId, actorAssessment.Id, report.Id, post);
    }
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Reports;

/// <summary>
/// The monitors' web form: the page names its form, worker and manifest, which are served; and what the page weighs
/// compressed with every asset it loads (a size, not a time: the budget is 150 KB).
/// </summary>
public sealed partial class WebFormTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    public const int BudgetBytes = 150 * 1024;

    private TestServer Server => fixture.Server;

    [Fact]
    public async Task FormPage_Monitor_NamesFormWorkerAndManifestWhichAreServed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@webform.example", "Web form network", Roles.Monitor);

        var page = await monitor.GetStringAsync("/reports/form", ct);

        Assert.Contains("data-form-url=\"/forms/vigil-incident.xml\"", page, StringComparison.Ordinal);
        Assert.Contains("data-worker=\"/reports/form-sw.js\"", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"manifest\" href=\"/reports/manifest.webmanifest\">", page, StringComparison.Ordinal);
        using var worker = await monitor.GetAsync("/reports/form-sw.js", ct);
        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        Assert.Contains("javascript", worker.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("addEventListener(\"fetch\"", await worker.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var manifest = await monitor.GetAsync("/reports/manifest.webmanifest", ct);
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        var json = JsonDocument.Parse(await manifest.Content.ReadAsStringAsync(ct)).RootElement;
        Assert.Equal("/reports/form", json.GetProperty("start_url").GetString());
        Assert.Equal("/reports/", json.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task FormPage_ChineseCulture_ChineseTitle()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@webform.example", "Web form network", Roles.Monitor);

        var page = await monitor.GetStringAsync("/reports/form?culture=zh-Hans", ct);

        Assert.Contains("事件报告", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPage_WithEveryAssetBrotliCompressed_WithinBudget()
    {
        var weight = await MeasureAsync(Server, TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"web form: {weight} bytes compressed (budget {BudgetBytes})");
        Assert.InRange(weight, 1, BudgetBytes);
    }

    /// <summary>The page, its stylesheets, scripts and the XForm, as a browser asking for Brotli receives them.</summary>
    public static async Task<long> MeasureAsync(TestServer server, CancellationToken ct)
    {
        using var monitor = await server.ClientForAsync("monitor@webform.example", "Web form network", Roles.Monitor);
        monitor.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
        using var pageResponse = await monitor.GetAsync("/reports/form", ct);
        var total = (await pageResponse.Content.ReadAsByteArrayAsync(ct)).LongLength;
        using var plain = await server.ClientForAsync("monitor@webform.example", "Web form network", Roles.Monitor);
        var html = await plain.GetStringAsync("/reports/form", ct);
        var assets = Assets().Matches(html).Select(m => m.Groups[1].Value).Append("/forms/vigil-incident.xml").Distinct();
        foreach (var asset in assets)
        {
            using var response = await monitor.GetAsync(WebUtility.HtmlDecode(asset), ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            total += (await response.Content.ReadAsByteArrayAsync(ct)).LongLength;
        }
        return total;
    }

    [GeneratedRegex("(?:src|href)=\"(/(?:css|js|reports)/[^\"?]+\\.(?:css|js|webmanifest)(?:\\?[^\"]*)?)\"")]
    private static partial Regex Assets();
}

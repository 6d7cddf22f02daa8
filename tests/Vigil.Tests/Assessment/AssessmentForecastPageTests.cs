using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Forecasting;
using Vigil.Tests.Infrastructure;
using static Vigil.Tests.Infrastructure.PageText;

namespace Vigil.Tests.Assessment;

/// <summary>The statistical forecast beside an assessment: a summary line and one line per risk factor on the view and the editor.</summary>
public sealed class AssessmentForecastPageTests : IAsyncLifetime
{
    private TestServer? _server;

    private TestServer Server => _server!;

    public async ValueTask InitializeAsync() => _server = await TestServer.StartAsync(TestStore.Sqlite());

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private Task StoreRunAsync(string model, double sudanRisk, Classification classification = Classification.Public, Guid? organization = null) =>
        ForecastsApiTests.StoreRunAsync(Server, model, sudanRisk, classification, organization);

    private async Task<string> CreateAssessmentAsync(string iso3)
    {
        using var created = await Server.Client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = iso3, title = "Quarterly review", asOf = "2026-09-30" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The text of a risk factor's forecast line, null when the page has none.</summary>
    private static string? FactorLine(string html, string factor) =>
        Regex.Match(html, $"<p class=\"factor-forecast[^\"]*\" data-factor-forecast=\"{factor}\">([\\s\\S]*?)</p>") is { Success: true } m ? TextOf(m.Groups[1].Value) : null;

    private static string? SummaryLine(string html) =>
        Regex.Match(html, "<p class=\"forecast-beside\" id=\"assessment-forecast\">([\\s\\S]*?)</p>") is { Success: true } m ? TextOf(m.Groups[1].Value) : null;


    [Theory]
    [InlineData("")]
    [InlineData("/edit")]
    public async Task Get_CountryWithStoredRun_ShowsTheForecastByRiskFactor(string page)
    {
        await StoreRunAsync("ensemble", 0.3);
        var id = await CreateAssessmentAsync("SDN");

        var html = await Server.Client.GetStringAsync($"/assessments/{id}{page}", TestContext.Current.CancellationToken);

        var runDate = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"Statistical forecast of a new mass killing (model ensemble, data year 2024, run {runDate}): 30.0% within two years, rank 1 of 2 "
            + "Explanation by Framework risk factor · Context only: it never changes this assessment or its scores.", SummaryLine(html));
        Assert.Equal($"Statistical forecast (model ensemble, data year 2024, run {runDate}): this factor pushes the country's risk up by +1.10 on the log-odds scale "
            + "Predictors: Battle deaths: 5,792 (+0.80), Coup attempt in the past five years: yes (+0.30) · forecast details", FactorLine(html, "RF1"));
        Assert.Matches("<p class=\"factor-forecast\" data-factor-forecast=\"RF1\">[\\s\\S]*?<a href=\"/forecasts/SDN\">forecast details</a>", html);
        Assert.StartsWith("Statistical forecast (model ensemble, data year 2024, run", FactorLine(html, "RF5"));
        Assert.Contains("down by -0.10", FactorLine(html, "RF5"), StringComparison.Ordinal);
        Assert.Equal("Statistical forecast: the model cannot see this factor (no predictor measures it); only the assessment can.", FactorLine(html, "RF8"));
        Assert.DoesNotContain("disagrees", SummaryLine(html), StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/edit")]
    public async Task Get_CountryWithoutForecast_ShowsNoneOfIt(string page)
    {
        await StoreRunAsync("ensemble", 0.3);
        var id = await CreateAssessmentAsync("CAF");

        var html = await Server.Client.GetStringAsync($"/assessments/{id}{page}", TestContext.Current.CancellationToken);

        Assert.Matches("id=\"f(actor)?-RF1\"", html);
        Assert.DoesNotContain("data-factor-forecast", html, StringComparison.Ordinal);
        Assert.DoesNotContain("assessment-forecast", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Statistical forecast", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/forecasts/CAF\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NewestRunRestrictedToAnotherOrganisation_UsesTheNewestVisibleRun()
    {
        await StoreRunAsync("ewp", 0.2);
        await StoreRunAsync("boost", 0.4, Classification.Restricted, Guid.NewGuid());
        var id = await CreateAssessmentAsync("SDN");

        var html = await Server.Client.GetStringAsync($"/assessments/{id}/edit", TestContext.Current.CancellationToken);

        Assert.Contains("(model ewp, data year 2024", SummaryLine(html), StringComparison.Ordinal);
        Assert.Contains(": 20.0% within two years", SummaryLine(html), StringComparison.Ordinal);
        Assert.DoesNotContain("boost", html, StringComparison.Ordinal);
        Assert.StartsWith("Statistical forecast (model ewp,", FactorLine(html, "RF1"));
    }

    [Fact]
    public async Task Get_ModelNameWithMarkup_RendersItEncoded()
    {
        await StoreRunAsync("ens<b>emble</b>", 0.3);
        var id = await CreateAssessmentAsync("SDN");

        var html = await Server.Client.GetStringAsync($"/assessments/{id}/edit", TestContext.Current.CancellationToken);

        Assert.Contains("(model ens<b>emble</b>, data year 2024", FactorLine(html, "RF1"), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>emble", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OnlyRunRestrictedToAnotherOrganisation_ShowsNoForecast()
    {
        await StoreRunAsync("boost", 0.4, Classification.Restricted, Guid.NewGuid());
        var id = await CreateAssessmentAsync("SDN");

        var view = await Server.Client.GetStringAsync($"/assessments/{id}", TestContext.Current.CancellationToken);
        var editor = await Server.Client.GetStringAsync($"/assessments/{id}/edit", TestContext.Current.CancellationToken);

        Assert.Null(SummaryLine(view));
        Assert.Null(FactorLine(view, "RF1"));
        Assert.Null(SummaryLine(editor));
        Assert.Null(FactorLine(editor, "RF1"));
    }

    [Fact]
    public async Task Get_Chinese_LabelsTheForecastInChinese()
    {
        await StoreRunAsync("ensemble", 0.3);
        var id = await CreateAssessmentAsync("SDN");

        var html = await Server.Client.GetStringAsync($"/assessments/{id}?culture=zh-Hans", TestContext.Current.CancellationToken);

        Assert.StartsWith("新的大规模杀戮的统计预测（模型 ensemble，数据年份 2024，运行于", SummaryLine(html), StringComparison.Ordinal);
        Assert.Contains("两年内 30.0%，2 个国家中排名第 1", SummaryLine(html), StringComparison.Ordinal);
        var rf1 = FactorLine(html, "RF1");
        Assert.Contains("该因素使该国风险上升 +1.10（对数几率）", rf1, StringComparison.Ordinal);
        Assert.Contains("预测变量： 战斗死亡人数：5,792 人（+0.80）", rf1, StringComparison.Ordinal);
        Assert.Equal("统计预测：模型看不到该因素（没有预测变量衡量它），只能通过评估判断。", FactorLine(html, "RF8"));
    }

    [Fact]
    public async Task Get_AssessedHighButModelRanksLow_FlagsTheDisagreement()
    {
        await using (var db = await Server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync())
        {
            db.ForecastRuns.Add(new ForecastRun("ensemble", "test.csv", 2024, 100, DateTime.UtcNow,
                [new CountryForecast("Norway", 385, "NOR", 2024, 0.0004, 120, [], [], [])]));
            await db.SaveChangesAsync();
        }
        var id = await CreateAssessmentAsync("NOR");
        // A level needs enough assessed (decision record 0001): every factor judged as a whole, present and serious, reads "high".
        for (var factor = 1; factor <= 14; factor++)
        {
            using var put = await Server.Client.PutAsJsonAsync($"/api/v1/assessments/{id}/factors/RF{factor}", new { status = "present", severity = 2 });
            put.EnsureSuccessStatusCode();
        }

        var html = await Server.Client.GetStringAsync($"/assessments/{id}", TestContext.Current.CancellationToken);

        Assert.Contains("rank 120 of 1 disagrees The assessment's level is high, but the model ranks this country outside the 80 most at risk.",
            SummaryLine(html), StringComparison.Ordinal);
        Assert.Equal("Statistical forecast (model ensemble, data year 2024, run "
            + DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "): Its predictors have no effect on this forecast. forecast details",
            FactorLine(html, "RF1"));
    }
}

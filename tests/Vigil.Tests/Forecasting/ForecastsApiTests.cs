using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Forecasting;

/// <summary>The forecasts API over real HTTP, signed in as an analyst, on a private SQLite store.</summary>
public sealed class ForecastsApiTests : IAsyncLifetime
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
        StoreRunAsync(Server, model, sudanRisk, classification, organization);

    /// <summary>
    /// Stores a run of two countries: Sudan ranked 1, its RF1 pushed up by battle deaths (12.5, +0.8) and a coup attempt (1, +0.3),
    /// its RF5 down by population size (-0.1); Norway ranked 2, without stored contributions.
    /// </summary>
    internal static async Task StoreRunAsync(TestServer server, string model, double sudanRisk, Classification classification = Classification.Public,
        Guid? organization = null)
    {
        CountryForecast[] forecasts =
        [
            new("Sudan", 625, "SDN", 2024, sudanRisk, 1, [new PredictorContribution("battledeaths.log2", 12.5, 0.8)], [],
                [new PredictorContribution("battledeaths.log2", 12.5, 0.8), new PredictorContribution("coup.try.5yr", 1, 0.3),
                    new PredictorContribution("popsize.log2", 25, -0.1)]),
            new("Norway", 385, "NOR", 2024, 0.001, 2, [], [new PredictorContribution("freediscussion", 0.98, -0.4)], []),
        ];
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        db.ForecastRuns.Add(new ForecastRun(model, "test.csv", 2024, 100, DateTime.UtcNow, forecasts, organization, classification));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task GetLatest_NoRunStored_IsNotFoundProblem()
    {
        var response = await Server.Client.GetAsync("/api/v1/forecasts?run=latest");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetLatest_NotSignedIn_IsUnauthorized()
    {
        using var anonymous = new HttpClient { BaseAddress = Server.Address };
        var response = await anonymous.GetAsync("/api/v1/forecasts?run=latest");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetLatest_TwoRuns_ReturnsTheNewestRankedWithRiskFactors()
    {
        await StoreRunAsync("ewp", 0.2);
        await StoreRunAsync("ensemble", 0.3);
        var json = await Server.Client.GetFromJsonAsync<JsonElement>("/api/v1/forecasts?run=latest");
        Assert.Equal("ensemble", json.GetProperty("model").GetString());
        var first = json.GetProperty("forecasts")[0];
        Assert.Equal("SDN", first.GetProperty("iso3").GetString());
        Assert.Equal("RF1", first.GetProperty("raisingRisk")[0].GetProperty("riskFactors")[0].GetString());
    }

    [Fact]
    public async Task GetLatest_NewestRunRestrictedToAnotherOrganisation_IsSkipped()
    {
        await StoreRunAsync("ewp", 0.2);
        await StoreRunAsync("boost", 0.4, Classification.Restricted, Guid.NewGuid());
        var json = await Server.Client.GetFromJsonAsync<JsonElement>("/api/v1/forecasts?run=latest");
        Assert.Equal("ewp", json.GetProperty("model").GetString());
    }

    [Fact]
    public async Task GetCountry_TwoRuns_ReturnsLatestAndHistory()
    {
        await StoreRunAsync("ewp", 0.2);
        await StoreRunAsync("ensemble", 0.3);
        var json = await Server.Client.GetFromJsonAsync<JsonElement>("/api/v1/forecasts/sdn");
        Assert.Equal(0.3, json.GetProperty("latest").GetProperty("risk").GetDouble());
        Assert.Equal(2, json.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task GetCountry_StoredContributions_ExplainsByEveryRiskFactor()
    {
        await StoreRunAsync("ensemble", 0.3);
        var json = await Server.Client.GetFromJsonAsync<JsonElement>("/api/v1/forecasts/SDN");
        var factors = json.GetProperty("riskFactors").EnumerateArray().ToList();

        Assert.Equal(14, factors.Count);
        Assert.Equal("RF1", factors[0].GetProperty("factor").GetString());
        Assert.Equal(1.1, factors[0].GetProperty("contribution").GetDouble(), 9);
        Assert.Equal(["battledeaths.log2", "coup.try.5yr"], factors[0].GetProperty("predictors").EnumerateArray().Select(p => p.GetProperty("predictor").GetString()));
        Assert.Equal(0.3, factors[2].GetProperty("contribution").GetDouble(), 9);
        Assert.Equal(-0.1, factors[4].GetProperty("contribution").GetDouble(), 9);
        Assert.Equal(0, factors[13].GetProperty("predictors").GetArrayLength());
    }

    [Fact]
    public async Task CountriesPage_AssessedHighButModelRanksLow_FlagsTheDisagreement()
    {
        await using (var db = await Server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync())
        {
            db.ForecastRuns.Add(new ForecastRun("ensemble", "test.csv", 2024, 100, DateTime.UtcNow,
                [new CountryForecast("Norway", 385, "NOR", 2024, 0.0004, 120, [], [], [])]));
            await db.SaveChangesAsync();
        }
        using var created = await Server.Client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "NOR", title = "Check", asOf = "2026-09-30" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        // A level needs enough assessed (decision record 0001): every factor judged as a whole, present and serious, reads "high".
        for (var factor = 1; factor <= 14; factor++)
        {
            using var put = await Server.Client.PutAsJsonAsync($"/api/v1/assessments/{id}/factors/RF{factor}", new { status = "present", severity = 2 });
            put.EnsureSuccessStatusCode();
        }

        var html = await Server.Client.GetStringAsync("/");

        var table = html[html.IndexOf("id=\"assessed-countries\"", StringComparison.Ordinal)..];
        Assert.Matches(@"<a href=""/forecasts/NOR"">120</a>\s*<span class=""tag tag-warn"" title=""The assessment&#x27;s level is high", table);
    }

    [Fact]
    public async Task CountryPage_StoredContributions_ShowsFactorsAndWhatTheModelCannotSee()
    {
        await StoreRunAsync("ensemble", 0.3);
        var html = await Server.Client.GetStringAsync("/forecasts/SDN");

        Assert.Contains("Explanation by Framework risk factor", html);
        Assert.Matches(@"<th scope=""row"">RF1 · [^<]+</th>\s*<td class=""factor-effect"">[\s\S]*?<span>(\+|&#x2B;)1\.10</span>", html);
        Assert.Matches(@"Not seen by the model[^<]*</strong>[^<]*RF8 [^<]*RF14", html);
        Assert.Matches(@"<th scope=""row"">RF2 · [^<]+</th>", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public async Task GetModelCard_Always_ListsTheReplicaBesideTheEwpFigures()
    {
        var json = await Server.Client.GetFromJsonAsync<JsonElement>("/api/v1/forecasts/model-card");
        Assert.Equal(0.825, json.GetProperty("published").GetProperty("auc").GetDouble());
        Assert.Contains(json.GetProperty("models").EnumerateArray(), m => m.GetProperty("name").GetString() == "ewp");
        Assert.Equal(39, json.GetProperty("predictors").GetArrayLength());
        var comparison = json.GetProperty("comparison");
        Assert.Equal(ForecastModels.Default, comparison.GetProperty("model").GetString());
        Assert.True(comparison.GetProperty("aucInterval").GetProperty("low").GetDouble() < comparison.GetProperty("aucDifference").GetDouble());
    }

    [Fact]
    public async Task WatchlistPage_StoredRun_ListsCountriesWithRiskFactors()
    {
        await StoreRunAsync("ensemble", 0.3);
        var html = await Server.Client.GetStringAsync("/forecasts");
        Assert.Contains("id=\"watchlist\"", html);
        Assert.Contains("href=\"/forecasts/SDN\"", html);
        Assert.Contains("RF1", html);
    }

    [Fact]
    public async Task WatchlistPage_MapDataPresent_RendersLinkedCountriesOnTheMap()
    {
        Assert.SkipUnless(File.Exists(Vigil.App.Pages.Forecasts.WorldMap.DefaultFile),
            $"No map data at {Vigil.App.Pages.Forecasts.WorldMap.DefaultFile}: the build could not fetch world-atlas with npm.");
        await StoreRunAsync("ensemble", 0.3);

        var html = await Server.Client.GetStringAsync("/forecasts");

        Assert.Contains("id=\"risk-map\"", html);
        Assert.Matches("<a href=\"/forecasts/SDN\"><path class=\"risk-1\" d=\"M[^\"]+\"><title>Sudan", html);
        Assert.Contains("class=\"risk-none\"", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public async Task WatchlistPage_TwoRuns_DrawsEachCountrysRiskOverThem()
    {
        await StoreRunAsync("ewp", 0.2);
        await StoreRunAsync("ensemble", 0.3);

        var html = await Server.Client.GetStringAsync("/forecasts");

        Assert.Matches(@"<svg viewBox=""0 0 64 16"" class=""sparkline"" role=""img"" aria-label=""20.0% → 30.0%""><title>[^<]+</title><polyline points=""1,15 63,1"" />", html);
    }

    [Fact]
    public void RiskTrend_RankFallsFromFiveToTwo_MovedUpThreePlaces()
    {
        var trend = Vigil.App.Pages.Forecasts.RiskTrend.From(
            [new RiskPoint(2022, DateTime.UnixEpoch, 0.01, 5), new RiskPoint(2023, DateTime.UnixEpoch.AddDays(1), 0.01, 5), new RiskPoint(2024, DateTime.UnixEpoch.AddDays(2), 0.03, 2)]);

        Assert.NotNull(trend);
        Assert.Equal(3, trend.RankChange);
        Assert.Equal("1,15 32,15 63,1", trend.Points);
        Assert.Null(Vigil.App.Pages.Forecasts.RiskTrend.From([new RiskPoint(2024, DateTime.UnixEpoch, 0.01, 5)]));
    }

    [Fact]
    public async Task WatchlistPage_RegionFilter_KeepsOnlyThatRegionsCountries()
    {
        await StoreRunAsync("ensemble", 0.3);

        var html = await Server.Client.GetStringAsync("/forecasts?region=europe");

        var table = html[html.IndexOf("id=\"watchlist\"", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/forecasts/NOR\">Norway", table);
        Assert.DoesNotContain("href=\"/forecasts/SDN\">Sudan", table);
    }

    [Theory]
    [InlineData("苏丹")]
    [InlineData("sudan")]
    [InlineData("SDN")]
    public async Task WatchlistPage_Search_FindsTheCountryByAnyOfItsNames(string query)
    {
        await StoreRunAsync("ensemble", 0.3);

        var html = await Server.Client.GetStringAsync("/forecasts?q=" + Uri.EscapeDataString(query));

        var table = html[html.IndexOf("id=\"watchlist\"", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/forecasts/SDN\">Sudan", table);
        Assert.DoesNotContain("href=\"/forecasts/NOR\"", table);
    }

    [Fact]
    public void WorldMap_MissingFile_IsNullSoThePageShowsTheNote()
    {
        Assert.Null(Vigil.App.Pages.Forecasts.WorldMap.Load(Path.Combine(Path.GetTempPath(), "no-such-world-atlas.json")));
    }

    [Fact]
    public void WorldMap_MapData_MapsIsoNumericIdsToCountries()
    {
        Assert.SkipUnless(File.Exists(Vigil.App.Pages.Forecasts.WorldMap.DefaultFile), "No map data: the build could not fetch world-atlas with npm.");

        var shapes = Vigil.App.Pages.Forecasts.WorldMap.Load()!;

        Assert.Contains(shapes, s => s.Iso3 == "SDN");
        Assert.Contains(shapes, s => s.Iso3 == "NOR");
        Assert.True(shapes.Count(s => s.Iso3 is not null) >= 170, $"{shapes.Count(s => s.Iso3 is null)} shapes unmatched");
    }

    [Fact]
    public async Task CountryPage_UnknownCountry_IsNotFound()
    {
        var response = await Server.Client.GetAsync("/forecasts/XYZ");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CountryPage_StoredRun_ShowsRiskExplanationAndHistory()
    {
        await StoreRunAsync("ewp", 0.2);
        await StoreRunAsync("ensemble", 0.3);
        var html = await Server.Client.GetStringAsync("/forecasts/SDN");
        Assert.Contains("30.0", html);
        Assert.Contains(PredictorCatalog.Find("battledeaths.log2")!.Label.En, html);
        Assert.Contains("href=\"/countries/SDN\"", html);
        // And back: the country's page leads to its forecast, with the latest figure.
        var country = await Server.Client.GetStringAsync("/countries/SDN");
        Assert.Contains("href=\"/forecasts/SDN\"", country);
        Assert.Contains("30.0% within two years, rank 1 of 2", country);
    }

    [Fact]
    public async Task ModelCardPage_Always_ShowsPublishedFiguresAndMapping()
    {
        var html = await Server.Client.GetStringAsync("/forecasts/model-card");
        Assert.Contains("0.825", html);
        Assert.Contains("discrimpop", html);
        Assert.Contains("How certain these figures are", html);
        Assert.Contains("0.817–0.890", html);
    }
}

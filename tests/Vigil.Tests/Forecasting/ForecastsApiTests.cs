using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.App.Hosting;
using Vigil.Forecasting;
using Vigil.Storage;
using Xunit;

namespace Vigil.Tests.Forecasting;

/// <summary>The forecasts API against the real app on a loopback port and its own SQLite file.</summary>
public sealed class ForecastsApiTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-forecast-api-").FullName;
    private WebApplication? _app;
    private HttpClient? _http;

    public async ValueTask InitializeAsync()
    {
        _app = await VigilWebHost.BuildAsync(new DatabaseTarget(_dir, null), "http://127.0.0.1:0", TestContext.Current.CancellationToken);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task StoreRunAsync(string model, double sudanRisk)
    {
        var contribution = new PredictorContribution("battledeaths.log2", 12.5, 0.8);
        CountryForecast[] forecasts =
        [
            new("Sudan", 625, "SDN", 2024, sudanRisk, 1, [contribution], []),
            new("Norway", 385, "NOR", 2024, 0.001, 2, [], [new PredictorContribution("freediscussion", 0.98, -0.4)]),
        ];
        await using var db = await _app!.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        db.ForecastRuns.Add(new ForecastRun(model, "test.csv", 2024, 100, DateTime.UtcNow, forecasts));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task GetLatest_NoRunStored_IsNotFoundProblem()
    {
        var response = await _http!.GetAsync(new Uri("/api/v1/forecasts?run=latest", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetLatest_TwoRuns_ReturnsTheNewestRankedWithRiskFactors()
    {
        await StoreRunAsync("ewp", 0.2);
        await StoreRunAsync("ensemble", 0.3);
        var json = await _http!.GetFromJsonAsync<JsonElement>("/api/v1/forecasts?run=latest", TestContext.Current.CancellationToken);
        Assert.Equal("ensemble", json.GetProperty("model").GetString());
        var first = json.GetProperty("forecasts")[0];
        Assert.Equal("SDN", first.GetProperty("iso3").GetString());
        Assert.Equal("RF1", first.GetProperty("raisingRisk")[0].GetProperty("riskFactors")[0].GetString());
    }

    [Fact]
    public async Task GetCountry_TwoRuns_ReturnsLatestAndHistory()
    {
        await StoreRunAsync("ewp", 0.2);
        await StoreRunAsync("ensemble", 0.3);
        var json = await _http!.GetFromJsonAsync<JsonElement>("/api/v1/forecasts/sdn", TestContext.Current.CancellationToken);
        Assert.Equal(0.3, json.GetProperty("latest").GetProperty("risk").GetDouble());
        Assert.Equal(2, json.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task GetModelCard_Always_ListsTheReplicaBesideTheEwpFigures()
    {
        var json = await _http!.GetFromJsonAsync<JsonElement>("/api/v1/forecasts/model-card", TestContext.Current.CancellationToken);
        Assert.Equal(0.825, json.GetProperty("published").GetProperty("auc").GetDouble());
        Assert.Contains(json.GetProperty("models").EnumerateArray(), m => m.GetProperty("name").GetString() == "ewp");
        Assert.Equal(39, json.GetProperty("predictors").GetArrayLength());
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Tests.Events;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Forecasting;

/// <summary>Forecast reads the pages share, on both providers.</summary>
public sealed class ForecastQueriesTests
{
    private static ForecastRun Run(string model, DateTime createdAt, double sudanRisk, Classification classification = Classification.Public,
        Guid? organization = null) =>
        new(model, "test.csv", 2024, 100, createdAt,
            [
                new CountryForecast("Sudan", 625, "SDN", 2024, sudanRisk, 1, [], [], [new PredictorContribution("battledeaths.log2", 12.5, 0.8)]),
                new CountryForecast("Norway", 385, "NOR", 2024, 0.001, 2, [], [], []),
                new CountryForecast("Chad", 483, "TCD", 2024, 0.0005, 3, [], [], []),
            ],
            organization, classification);

    [Theory]
    [InlineData(EventStore.Sqlite)]
    [InlineData(EventStore.Postgres)]
    public async Task LatestOfCountryAsync_NewestRunHidden_ReturnsTheNewestVisibleRunsEntry(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var services = store.Services;
        await using var db = await services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        db.ForecastRuns.AddRange(Run("ewp", start, 0.1), Run("ensemble", start.AddDays(1), 0.2),
            Run("boost", start.AddDays(2), 0.4, Classification.Restricted, Guid.NewGuid()));
        await db.SaveChangesAsync(ct);
        var viewer = new Viewer(Guid.NewGuid(), "analyst", Guid.NewGuid(), Roles.Analyst, []);

        var latest = await db.LatestOfCountryAsync(" sdn ", viewer, ct);

        Assert.NotNull(latest);
        Assert.Equal("ensemble", latest.Run.Model);
        Assert.Equal(0.2, latest.Entry.Risk);
        Assert.Equal(3, latest.Ranked);
        Assert.Equal("boost", (await db.LatestOfCountryAsync("SDN", Viewer.System, ct))?.Run.Model);
        Assert.Null(await db.LatestOfCountryAsync("CAF", viewer, ct));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Events;
using Vigil.Events.Import;
using Vigil.Storage;

namespace Vigil.Tests.Reports;

/// <summary>Stores events that name a district at a point, through the importers' batch writer (the only way events are added).</summary>
internal static class DistrictEvents
{
    public static async Task StoreAsync(IServiceProvider services, params (string Source, string Country, string Admin1, string? Admin2, double? Latitude, double? Longitude)[] events)
    {
        var ct = TestContext.Current.CancellationToken;
        var day = new DateOnly(2025, 6, 1);
        var now = DateTime.UtcNow;
        await using var db = await services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
        await using var writer = await EventBatchWriter.OpenAsync(db, ct);
        await writer.UpsertAsync([.. events.Select((e, i) => new Event
        {
            Source = e.Source, SourceId = $"district-{i}", DateStart = day, DateEnd = day, DatePrecision = DatePrecision.Day, Month = YearMonth.Of(day),
            CountryIso3 = e.Country, Admin1 = e.Admin1, Admin2 = e.Admin2, Latitude = e.Latitude, Longitude = e.Longitude, ImportedAt = now,
        }.Hashed())], now, ct);
    }
}

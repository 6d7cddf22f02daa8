using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Events;
using Vigil.Events.Import;
using Vigil.Storage;

namespace Vigil.Reports.Verification;

/// <summary>
/// Keeps the events of source <see cref="EventSource.Field"/> in step with verified reports: one event per verified report
/// (its source id the report's id), written by the events' own batch writer so the monthly summary, the series and the
/// escalation scan count it, and deleted when the report stops being verified. The event carries the report's day,
/// country and admin-1 only: no text, no point, no reporter, since events are read by everyone who may read the series
/// (decision record 0028).
/// </summary>
public sealed class FieldEvents(IDbContextFactory<VigilDb> dbFactory, CountryCatalog countries, TimeProvider time)
{
    public static string SourceIdOf(Guid reportId) => reportId.ToString("N");

    public async Task StoreAsync(FieldReport report, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(report.OccurredAt);
        var now = time.GetUtcNow().UtcDateTime;
        var e = new Event
        {
            Source = EventSource.Field,
            SourceId = SourceIdOf(report.Id),
            DateStart = day,
            DateEnd = day,
            DatePrecision = DatePrecision.Day,
            Month = YearMonth.Of(day),
            CountryIso3 = report.CountryIso3,
            CountryCow = countries.Find(report.CountryIso3)?.Cow,
            Admin1 = report.Admin1,
            Admin2 = report.Admin2,
            ImportedAt = now,
        }.Hashed();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var writer = await EventBatchWriter.OpenAsync(db, cancellationToken);
        await writer.UpsertAsync([e], now, cancellationToken);
    }

    public async Task RemoveAsync(Guid reportId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var writer = await EventBatchWriter.OpenAsync(db, cancellationToken);
        await writer.DeleteAsync(EventSource.Field, [SourceIdOf(reportId)], cancellationToken);
    }
}

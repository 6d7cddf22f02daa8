using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Events;
using Vigil.Storage;

namespace Vigil.Reports;

/// <summary>
/// A gazetteer of districts built from the imported events (UCDP GED, ACLED, GDELT): a district named country + admin-1 +
/// admin-2 lies at the mean of the points of the events that name it (names compared without case, accents, spaces or
/// punctuation); without an admin-2, or with one no event names, at the mean of its admin-1's events; else nowhere.
/// Only the report map uses it, to draw reports that have district names but no point the viewer may see: the place comes
/// from public event data alone, never from a report's own stored point, so it tells the viewer nothing the names and
/// /events do not. GET /api/v1/reports does not use it and never invents a point.
/// </summary>
/// <remarks>
/// Events carry no organisation or classification: every signed-in user may read them all on /events, so every one is
/// one the viewer may see. Events of source <see cref="EventSource.Field"/> are verified field reports and are left out, so
/// a place can never come from a report even if such events one day carried a point. The mean, not the median, because the
/// database computes it (sums per spelling of a district, one grouped query for all the countries asked), so no event row
/// is read into memory; its pull towards a mis-placed event is acceptable for a circle drawn at district scale.
/// </remarks>
public sealed class DistrictPlaces(IDbContextFactory<VigilDb> dbFactory)
{
    /// <summary>Events naming a place and the sums of their coordinates, added across the place's spellings.</summary>
    private readonly record struct Sums(int Events, double Latitude, double Longitude);

    /// <summary>The place of each district asked (null when none is known), in the order asked.</summary>
    public async Task<IReadOnlyList<DistrictPlace?>> FindAsync(IReadOnlyList<(string CountryIso3, string? Admin1, string? Admin2)> districts,
        CancellationToken cancellationToken)
    {
        var countries = districts.Where(d => !string.IsNullOrWhiteSpace(d.Admin1)).Select(d => d.CountryIso3.Trim().ToUpperInvariant()).Distinct().ToList();
        if (countries.Count == 0)
        {
            return [.. districts.Select(_ => (DistrictPlace?)null)];
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One row per spelling of (country, admin-1, admin-2) among the countries asked: a few hundred or thousand, however many events.
        var spellings = await db.Set<Event>().AsNoTracking()
            .Where(e => e.Source != EventSource.Field && e.CountryIso3 != null && countries.Contains(e.CountryIso3)
                && e.Admin1 != null && e.Latitude != null && e.Longitude != null)
            .GroupBy(e => new { e.CountryIso3, e.Admin1, e.Admin2 })
            .Select(g => new { g.Key.CountryIso3, g.Key.Admin1, g.Key.Admin2, Events = g.Count(), Latitude = g.Sum(e => e.Latitude!.Value), Longitude = g.Sum(e => e.Longitude!.Value) })
            .ToListAsync(cancellationToken);
        var byDistrict = new Dictionary<(string, string, string), Sums>();
        var byAdmin1 = new Dictionary<(string, string, string), Sums>();
        foreach (var s in spellings)
        {
            var admin1 = PlaceNameKey.Of(s.Admin1!);
            Add(byAdmin1, (s.CountryIso3!, admin1, ""), s.Events, s.Latitude, s.Longitude);
            if (s.Admin2 is { } admin2 && PlaceNameKey.Of(admin2) is { Length: > 0 } key)
            {
                Add(byDistrict, (s.CountryIso3!, admin1, key), s.Events, s.Latitude, s.Longitude);
            }
        }
        return [.. districts.Select(d => Place(d, byDistrict, byAdmin1))];
    }

    private static void Add(Dictionary<(string, string, string), Sums> sums, (string, string, string) key,
        int events, double latitude, double longitude)
    {
        var (n, lat, lon) = sums.GetValueOrDefault(key);
        sums[key] = new Sums(n + events, lat + latitude, lon + longitude);
    }

    private static DistrictPlace? Place((string CountryIso3, string? Admin1, string? Admin2) district,
        Dictionary<(string, string, string), Sums> byDistrict,
        Dictionary<(string, string, string), Sums> byAdmin1)
    {
        if (district.Admin1 is null || PlaceNameKey.Of(district.Admin1) is not { Length: > 0 } admin1)
        {
            return null;
        }
        var country = district.CountryIso3.Trim().ToUpperInvariant();
        var admin2 = district.Admin2 is null ? "" : PlaceNameKey.Of(district.Admin2);
        if (admin2.Length > 0 && byDistrict.TryGetValue((country, admin1, admin2), out var inDistrict))
        {
            return Mean(inDistrict, admin1Only: false);
        }
        return byAdmin1.TryGetValue((country, admin1, ""), out var inAdmin1) ? Mean(inAdmin1, admin1Only: true) : null;
    }

    private static DistrictPlace Mean(Sums sums, bool admin1Only) =>
        new(Math.Round(sums.Latitude / sums.Events, 5), Math.Round(sums.Longitude / sums.Events, 5), sums.Events, admin1Only);
}

using System.Globalization;
using nietras.SeparatedValues;
using Vigil.Countries;

namespace Vigil.Events.Escalation;

/// <summary>An Early Warning Project mass-killing episode: where, onset year, end year (null while ongoing).</summary>
public sealed record MassKillingEpisode(string Code, string CountryIso3, int StartYear, int? EndYear)
{
    /// <summary>
    /// Reads the EWP master list (mk_events sheet as CSV): columns country, mk_event_code, startyear,
    /// endyear, mk_location_cow. The place is the COW code, else the country name.
    /// </summary>
    public static IReadOnlyList<MassKillingEpisode> Read(string path, CountryCatalog countries)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, ColNameComparer = StringComparer.OrdinalIgnoreCase }).FromFile(path);
        var episodes = new List<MassKillingEpisode>();
        foreach (var row in reader)
        {
            var code = row["mk_event_code"].ToString().Trim();
            if (code.Length == 0 || !int.TryParse(row["startyear"].Span.Trim(), CultureInfo.InvariantCulture, out var start))
            {
                continue;
            }
            int? end = int.TryParse(row["endyear"].Span.Trim(), CultureInfo.InvariantCulture, out var e) ? e : null;
            var cow = int.TryParse(row["mk_location_cow"].Span.Trim(), CultureInfo.InvariantCulture, out var c) ? countries.FindByCow(c) : null;
            var country = cow ?? countries.Resolve(row["country"].ToString().Trim());
            if (country is not null)
            {
                episodes.Add(new MassKillingEpisode(code, country.Iso3, start, end));
            }
        }
        return episodes;
    }
}

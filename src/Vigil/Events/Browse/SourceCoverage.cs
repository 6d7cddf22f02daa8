namespace Vigil.Events.Browse;

/// <summary>
/// What one source holds for one country: its events, first and last month (yyyyMM), and its events and civilian
/// deaths in the last 12 months of that source's data for the country (by each event's month).
/// </summary>
public sealed record SourceCoverage(string Iso3, string Source, int Events, int FirstMonth, int LastMonth, int RecentEvents, int RecentCivilianDeaths)
{
    public const int RecentMonths = 12;
}

namespace Vigil.Events.Series;

/// <summary>The monthly series of one place (a country, or one admin-1 of it) from one source, gap months filled with zeros.</summary>
public sealed record EventSeries(string Country, string Admin1, string Source, IReadOnlyList<SeriesRow> Rows)
{
    public bool IsNational => Admin1.Length == 0;

    /// <summary>How many of the events were dated only to a span longer than a month and spread over its months.</summary>
    public int SpreadEvents { get; init; }
}

namespace Vigil.Events.Series;

/// <summary>Writes series as CSV: country,admin1,month,events,fatalities,civilian_events,civilian_deaths (UTF-8, month YYYY-MM).</summary>
public static class SeriesCsv
{
    public const string Header = "country,admin1,month,events,fatalities,civilian_events,civilian_deaths";

    public static async Task WriteAsync(TextWriter writer, IEnumerable<SeriesRow> rows, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);
        foreach (var r in rows)
        {
            await writer.WriteLineAsync($"{r.Country},{CsvText.Cell(r.Admin1)},{r.MonthText},{r.Events},{r.Fatalities},{r.CivilianEvents},{r.CivilianDeaths}".AsMemory(), cancellationToken);
        }
    }
}

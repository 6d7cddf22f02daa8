using System.Globalization;

namespace Vigil.Events.Browse;

/// <summary>
/// The event table as CSV: a header row, then an HXL hashtag row (Humanitarian Exchange Language, hxlstandard.org)
/// so HDX tools read the columns, then one row per event, each cell by <see cref="CsvText.Cell"/> (event notes come
/// from outside).
/// </summary>
public static class EventCsv
{
    public const string Header = "source,source_id,date_start,date_end,country,admin1,admin2,place,latitude,longitude,violence_type,event_type,sub_event_type,actor1,actor2,fatalities_best,fatalities_low,fatalities_high,civilian_deaths,notes";
    public const string Hxl = "#meta+source,#event+id,#date+start,#date+end,#country+code,#adm1+name,#adm2+name,#loc+name,#geo+lat,#geo+lon,#event+type+violence,#event+type,#event+type+sub,#group+name+first,#group+name+second,#affected+killed,#affected+killed+low,#affected+killed+high,#affected+killed+civilians,#description";

    public static async Task<int> WriteAsync(TextWriter writer, IAsyncEnumerable<Event> events, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(Header);
        await writer.WriteLineAsync(Hxl);
        var rows = 0;
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            string[] cells =
            [
                e.Source, e.SourceId, Date(e.DateStart), Date(e.DateEnd), e.CountryIso3 ?? "", e.Admin1 ?? "", e.Admin2 ?? "", e.Place ?? "",
                Number(e.Latitude), Number(e.Longitude), e.ViolenceType?.ToString() ?? "", e.EventType ?? "", e.SubEventType ?? "",
                e.Actor1 ?? "", e.Actor2 ?? "", Number(e.FatalitiesBest), Number(e.FatalitiesLow), Number(e.FatalitiesHigh), Number(e.CivilianDeaths), e.Notes ?? "",
            ];
            await writer.WriteLineAsync(string.Join(',', cells.Select(CsvText.Cell)));
            rows++;
        }
        return rows;
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Number(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
}

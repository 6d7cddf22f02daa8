namespace Vigil.Events.Import;

/// <summary>
/// GDELT event records (1.0 and 2.0 layouts). GDELT rows are machine-coded news mentions, not verified
/// events: no deaths, no violence type. Their location is ActionGeo, whose country is a FIPS 10-4 code.
/// Civilian targeting: an assault, fight or mass violence (CAMEO roots 18–20) whose target actor is
/// typed civilian (CVL).
/// </summary>
internal sealed class GdeltRowMapper(GdeltColumns columns, ImportContext context) : EventRowMapper(columns.Names())
{
    public override bool NaIsMissing => false;

    public override Event? Map(ref RowFields f)
    {
        var id = f.Required(GdeltColumns.GlobalEventId);
        if (!f.HasProblem && !long.TryParse(id, out _))
        {
            f.Fail(GdeltColumns.GlobalEventId, $"'{id}' is not a number");
        }
        var date = f.Date(GdeltColumns.SqlDate, required: true);
        var root = Cameo(f.Span(GdeltColumns.EventRootCode), 2);
        var code = Cameo(f.Span(GdeltColumns.EventCode), 3);
        if (root is not null && code is not null && !code.StartsWith(root, StringComparison.Ordinal))
        {
            // SQL exports drop the leading zero of codes under roots 01–09 ("80" for "080", "841" for "0841").
            code = "0" + code;
        }
        if (code is { Length: > 4 })
        {
            f.Fail(GdeltColumns.EventCode, $"'{code}' is not a CAMEO code");
        }
        var quad = f.Int(GdeltColumns.QuadClass);
        var lat = f.Double(columns.ActionGeoLat, -90, 90);
        var lon = f.Double(columns.ActionGeoLong, -180, 180);
        var geoType = f.Int(columns.ActionGeoType);
        if (f.HasProblem)
        {
            return null;
        }
        var pool = context.Pool;
        var country = context.Countries.ResolveFips(f.Span(columns.ActionGeoCountryCode));
        var violent = root is "18" or "19" or "20";
        return new Event
        {
            Source = EventSource.Gdelt,
            SourceId = id,
            DateStart = date!.Value,
            DateEnd = date.Value,
            DatePrecision = DatePrecision.Day,
            Month = Event.MonthOf(date.Value),
            CountryIso3 = country?.Iso3,
            CountryCow = country?.Cow,
            Admin1 = f.Text(columns.ActionGeoAdm1Code, pool),
            Admin2 = f.Text(columns.ActionGeoAdm2Code, pool),
            Place = f.Text(columns.ActionGeoFullName, pool),
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = geoType,
            CameoCode = code is null ? null : pool.Get(code),
            CameoRoot = root is null ? null : pool.Get(root),
            EventType = quad is >= 1 and <= 4 ? QuadClassNames[quad.Value - 1] : null,
            Actor1 = f.Text(GdeltColumns.Actor1Name, pool),
            Actor2 = f.Text(GdeltColumns.Actor2Name, pool),
            CivilianTargeting = violent && f.Span(GdeltColumns.Actor2Type1Code).SequenceEqual("CVL"),
            Notes = f.Text(columns.SourceUrl),
        }.Hashed();
    }

    private static readonly string[] QuadClassNames = ["Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"];

    private static string? Cameo(ReadOnlySpan<char> span, int minLength) =>
        span.IsEmpty ? null : span.Length >= minLength ? span.ToString() : new string('0', minLength - span.Length) + span.ToString();
}

namespace Vigil.Events.Import;

/// <summary>
/// GDELT event records (1.0 and 2.0 layouts). GDELT rows are machine-coded news mentions, not verified
/// events: no deaths, no violence type. Their location is ActionGeo, whose country is a FIPS 10-4 code.
/// Civilian targeting: an assault, fight or mass violence (CAMEO roots 18–20) whose target actor is
/// typed civilian (CVL). The first actor's type is its Actor1Type1Code, see <see cref="ActorTypeOf"/>.
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
            Month = YearMonth.Of(date.Value),
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
            EventType = quad is >= 1 and <= 4 ? EventTypes.Gdelt[quad.Value - 1] : null,
            Actor1 = f.Text(GdeltColumns.Actor1Name, pool),
            Actor2 = f.Text(GdeltColumns.Actor2Name, pool),
            ActorType = ActorTypeOf(f.Span(GdeltColumns.Actor1Type1Code)),
            CivilianTargeting = violent && f.Span(GdeltColumns.Actor2Type1Code).SequenceEqual("CVL"),
            Notes = f.Text(columns.SourceUrl),
        }.Hashed();
    }

    /// <summary>
    /// CAMEO actor-type codes onto ACLED's actor types. Government and its security organs (GOV, MIL, COP, SPY,
    /// JUD, LEG, UIS unidentified state actor) are state forces; REB, INS, SEP rebels; UAF (unaligned armed
    /// forces: warlords, militias) a political militia; IGO (the UN, NATO, the African Union…) external forces,
    /// as ACLED codes international missions; CVL and REF civilians. Other codes (business, labour, media,
    /// opposition, radicals, criminals…) and a missing code fit none of them: no type.
    /// </summary>
    public static ActorType? ActorTypeOf(ReadOnlySpan<char> code) => code switch
    {
        "GOV" or "MIL" or "COP" or "SPY" or "JUD" or "LEG" or "UIS" => ActorType.StateForces,
        "REB" or "INS" or "SEP" => ActorType.RebelGroup,
        "UAF" => ActorType.PoliticalMilitia,
        "IGO" => ActorType.ExternalOther,
        "CVL" or "REF" => ActorType.Civilians,
        _ => null,
    };

    private static string? Cameo(ReadOnlySpan<char> span, int minLength) =>
        span.IsEmpty ? null : span.Length >= minLength ? span.ToString() : new string('0', minLength - span.Length) + span.ToString();
}

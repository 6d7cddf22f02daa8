namespace Vigil.Events.Import;

/// <summary>
/// UCDP GED rows, any release: 19.1 (42 columns), 22.1+ (49) and HDX's per-country files (43, with iso3).
/// Deaths: best/low/high are the totals, deaths_civilians the civilians among them; type_of_violence 3
/// (one-sided) is violence against civilians.
/// Actor type, see <see cref="ActorTypeOf"/>: state forces for type 1 and side_a "Government of …", else a rebel group.
/// </summary>
internal sealed class GedRowMapper : EventRowMapper
{
    private const string Layout = "UCDP GED";
    private readonly ImportContext _context;
    private readonly int _id, _start, _end, _prec, _type, _country, _countryId, _iso3, _adm1, _adm2, _place,
        _lat, _lon, _wherePrec, _sideA, _sideB, _sideAId, _sideBId, _best, _low, _high, _civilians, _notes;

    public GedRowMapper(IReadOnlyList<string> names, ImportContext context) : base(names)
    {
        _context = context;
        _id = RequiredColumn(Layout, "id");
        _start = RequiredColumn(Layout, "date_start");
        _end = Column("date_end");
        _prec = Column("date_prec");
        _type = RequiredColumn(Layout, "type_of_violence");
        _country = RequiredColumn(Layout, "country");
        _countryId = Column("country_id");
        _iso3 = Column("iso3");
        _adm1 = Column("adm_1");
        _adm2 = Column("adm_2");
        _place = Column("where_coordinates");
        _lat = Column("latitude");
        _lon = Column("longitude");
        _wherePrec = Column("where_prec");
        _sideA = Column("side_a");
        _sideB = Column("side_b");
        _sideAId = Column("side_a_new_id");
        _sideBId = Column("side_b_new_id");
        _best = RequiredColumn(Layout, "best");
        _low = Column("low");
        _high = Column("high");
        _civilians = Column("deaths_civilians");
        _notes = Column("source_article");
    }

    public override Event? Map(ref RowFields f)
    {
        var id = f.Required(_id);
        var start = f.Date(_start, required: true);
        var end = f.Date(_end, required: false) ?? start;
        var type = f.Int(_type);
        var best = f.Int(_best);
        var precision = f.Int(_prec);
        if (type is not (1 or 2 or 3) && !f.HasProblem)
        {
            f.Fail(_type, $"'{f.Span(_type).ToString()}' is not 1, 2 or 3");
        }
        if (start is { } s && end is { } e && e < s)
        {
            f.Fail(_end, "is before date_start");
        }
        var country = _context.Countries.Resolve(f.Span(_iso3), f.Span(_country), f.Int(_countryId));
        if (country is null)
        {
            f.Fail(_country, $"unknown country '{f.Span(_country).ToString()}'");
        }
        var lat = f.Double(_lat, -90, 90);
        var lon = f.Double(_lon, -180, 180);
        var wherePrec = f.Int(_wherePrec);
        var low = f.Int(_low);
        var high = f.Int(_high);
        var civilians = f.Int(_civilians);
        if (best < 0 || low < 0 || high < 0 || civilians < 0)
        {
            f.Fail(_best, "deaths are negative");
        }
        if (f.HasProblem)
        {
            return null;
        }
        var pool = _context.Pool;
        var sideA = f.Text(_sideA, pool);
        return new Event
        {
            Source = EventSource.UcdpGed,
            SourceId = id,
            DateStart = start!.Value,
            DateEnd = end!.Value,
            DatePrecision = precision is >= 1 and <= 5 ? (DatePrecision)precision.Value : DatePrecision.Day,
            Month = YearMonth.Of(start.Value),
            CountryIso3 = country!.Iso3,
            CountryCow = country.Cow,
            Admin1 = f.Text(_adm1, pool),
            Admin2 = f.Text(_adm2, pool),
            Place = f.Text(_place, pool),
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = wherePrec,
            ViolenceType = (ViolenceType)type!.Value,
            Actor1 = sideA,
            Actor2 = f.Text(_sideB, pool),
            Actor1SourceId = f.Text(_sideAId, pool),
            Actor2SourceId = f.Text(_sideBId, pool),
            ActorType = ActorTypeOf(sideA, (ViolenceType)type!.Value),
            FatalitiesBest = best,
            FatalitiesLow = low,
            FatalitiesHigh = high,
            CivilianDeaths = civilians,
            CivilianTargeting = type == 3,
            Notes = f.Text(_notes),
        }.Hashed();
    }

    /// <summary>
    /// GED has no actor-type field. Side A of a state-based conflict (type 1) is by UCDP's definition a
    /// government, and a government perpetrating one-sided violence (type 3) is side_a "Government of X": state
    /// forces. Any other side_a is a non-state organised group (type 2, or a type 3 perpetrator); GED's event
    /// file does not say whether it is a rebel group, a cartel, or a party's or community's armed supporters
    /// (UCDP's org codes are in its separate non-state conflict dataset), so all count as rebel groups, as the
    /// name rule counted them before types were stored.
    /// </summary>
    public static ActorType ActorTypeOf(string? sideA, ViolenceType type) =>
        type == ViolenceType.StateBased || (sideA?.StartsWith("Government of", StringComparison.OrdinalIgnoreCase) ?? false)
            ? ActorType.StateForces
            : ActorType.RebelGroup;
}

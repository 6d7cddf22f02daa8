namespace Vigil.Events.Import;

/// <summary>
/// ACLED rows in every header generation: v6 upper-case (GWNO, ALLY_ACTOR_*, dd/mm/yyyy), export tool
/// 2018–22 (data_id, iso3), API 2023+ (disorder_type, civilian_targeting, NA for missing).
/// ACLED has no violence-type field; it is derived from event type and actor types (inter codes:
/// 1 state forces, 7 civilians), see <see cref="ViolenceOf"/>. inter1 (codes 1–8 or their labels) is
/// stored as the event's <see cref="Event.ActorType"/>; anything else (0, unknown text) as no type.
/// </summary>
internal sealed class AcledRowMapper : EventRowMapper
{
    public const string ViolenceAgainstCivilians = EventTypes.ViolenceAgainstCivilians;
    private const string Layout = "ACLED";
    private const int StateForces = 1;

    private readonly ImportContext _context;
    private readonly int _id, _date, _prec, _type, _subType, _actor1, _actor2, _assoc1, _assoc2, _inter1, _inter2, _targeting,
        _iso3, _country, _gwno, _adm1, _adm2, _place, _lat, _lon, _geoPrec, _fatalities, _notes;

    public AcledRowMapper(IReadOnlyList<string> names, ImportContext context) : base(names)
    {
        _context = context;
        _id = RequiredColumn(Layout, "event_id_cnty");
        _date = RequiredColumn(Layout, "event_date");
        _prec = Column("time_precision");
        _type = RequiredColumn(Layout, "event_type");
        _subType = Column("sub_event_type");
        _actor1 = Column("actor1");
        _actor2 = Column("actor2");
        _assoc1 = Column("assoc_actor_1", "ally_actor_1");
        _assoc2 = Column("assoc_actor_2", "ally_actor_2");
        _inter1 = Column("inter1");
        _inter2 = Column("inter2");
        _targeting = Column("civilian_targeting");
        _iso3 = Column("iso3");
        _country = RequiredColumn(Layout, "country");
        _gwno = Column("gwno");
        _adm1 = Column("admin1");
        _adm2 = Column("admin2");
        _place = Column("location");
        _lat = Column("latitude");
        _lon = Column("longitude");
        _geoPrec = Column("geo_precision");
        _fatalities = RequiredColumn(Layout, "fatalities");
        _notes = Column("notes");
    }

    public override Event? Map(ref RowFields f)
    {
        var id = f.Required(_id);
        var date = f.Date(_date, required: true);
        var precision = f.Int(_prec);
        var eventType = f.Text(_type, _context.Pool);
        if (eventType is null)
        {
            f.Fail(_type, "is empty");
        }
        var inter1 = InterCode(f.Span(_inter1));
        var inter2 = InterCode(f.Span(_inter2));
        var fatalities = f.Int(_fatalities);
        if (fatalities < 0)
        {
            f.Fail(_fatalities, "is negative");
        }
        var country = _context.Countries.Resolve(f.Span(_iso3), f.Span(_country), f.Int(_gwno));
        if (country is null)
        {
            f.Fail(_country, $"unknown country '{f.Span(_country).ToString()}'");
        }
        var lat = f.Double(_lat, -90, 90);
        var lon = f.Double(_lon, -180, 180);
        var geoPrecision = f.Int(_geoPrec);
        if (id.Length > 64)
        {
            f.Fail(_id, "is longer than 64 characters");
        }
        if (f.HasProblem)
        {
            return null;
        }
        var pool = _context.Pool;
        var violence = ViolenceOf(eventType!, inter1, inter2);
        var targeting = violence == ViolenceType.OneSided || f.Span(_targeting).Contains("Civilian targeting", StringComparison.OrdinalIgnoreCase);
        return new Event
        {
            Source = EventSource.Acled,
            SourceId = id,
            DateStart = date!.Value,
            DateEnd = date.Value,
            DatePrecision = precision switch { 2 => DatePrecision.Week, 3 => DatePrecision.Month, _ => DatePrecision.Day },
            Month = YearMonth.Of(date.Value),
            CountryIso3 = country!.Iso3,
            CountryCow = country.Cow,
            Admin1 = f.Text(_adm1, pool),
            Admin2 = f.Text(_adm2, pool),
            Place = f.Text(_place, pool),
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = geoPrecision,
            ViolenceType = violence,
            EventType = eventType,
            SubEventType = f.Text(_subType, pool),
            Actor1 = f.Text(_actor1, pool),
            Actor2 = f.Text(_actor2, pool),
            AssocActor1 = f.Text(_assoc1, pool),
            AssocActor2 = f.Text(_assoc2, pool),
            Inter1 = inter1,
            Inter2 = inter2,
            ActorType = inter1 is >= 1 and <= 8 ? (ActorType)inter1.Value : null,
            FatalitiesBest = fatalities,
            CivilianDeaths = violence == ViolenceType.OneSided ? fatalities : null,
            CivilianTargeting = targeting,
            Notes = f.Text(_notes),
        }.Hashed();
    }

    private static readonly string[] InterLabels =
        ["State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces"];

    /// <summary>ACLED actor type: a code 0–8 in files up to 2023, its label ("State forces") in later API exports; unknown text is no type.</summary>
    private static int? InterCode(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return null;
        }
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return code;
        }
        // The codebook's headings use plurals ("Rebel Groups", "Political Militias") where exports use "Rebel group".
        var singular = value.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? value[..^1] : value;
        for (var i = 0; i < InterLabels.Length; i++)
        {
            if (value.Equals(InterLabels[i], StringComparison.OrdinalIgnoreCase) || singular.Equals(InterLabels[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }
        return null;
    }

    /// <summary>
    /// Violence against civilians is one-sided; armed fighting (battles, explosions/remote violence in
    /// both taxonomies) is state-based when state forces are a party, else non-state. Protests, riots and
    /// strategic developments are not organised violence in UCDP's sense: no type.
    /// </summary>
    public static ViolenceType? ViolenceOf(string eventType, int? inter1, int? inter2)
    {
        if (eventType.Equals(ViolenceAgainstCivilians, StringComparison.OrdinalIgnoreCase))
        {
            return ViolenceType.OneSided;
        }
        var fighting = eventType.StartsWith("Battle", StringComparison.OrdinalIgnoreCase)
            || eventType.Contains("Remote violence", StringComparison.OrdinalIgnoreCase);
        if (!fighting)
        {
            return null;
        }
        return inter1 == StateForces || inter2 == StateForces ? ViolenceType.StateBased : ViolenceType.NonState;
    }
}

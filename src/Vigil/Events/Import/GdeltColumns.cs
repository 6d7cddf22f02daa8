namespace Vigil.Events.Import;

/// <summary>
/// Zero-based field positions of the GDELT event layouts (no header in the files). Names from
/// GDELT's CSV.header.fieldids (1.0, 58 fields); 2.0 (61 fields) adds an ADM2Code after each of the
/// three ADM1Code fields, which shifts every geography field after Actor1Geo_ADM1Code.
/// </summary>
internal sealed record GdeltColumns(int Count, int ActionGeoType, int ActionGeoFullName, int ActionGeoCountryCode,
    int ActionGeoAdm1Code, int ActionGeoAdm2Code, int ActionGeoLat, int ActionGeoLong, int DateAdded, int SourceUrl)
{
    public const int GlobalEventId = 0;
    public const int SqlDate = 1;
    public const int Actor1Name = 6;
    public const int Actor1CountryCode = 7;
    public const int Actor1Type1Code = 12;
    public const int Actor2Name = 16;
    public const int Actor2Type1Code = 22;
    public const int EventCode = 26;
    public const int EventRootCode = 28;
    public const int QuadClass = 29;

    public static GdeltColumns V1 { get; } = new(58, 49, 50, 51, 52, -1, 53, 54, 56, 57);
    public static GdeltColumns V2 { get; } = new(61, 51, 52, 53, 54, 55, 56, 57, 59, 60);

    public IReadOnlyList<string> Names()
    {
        var names = Enumerable.Range(1, Count).Select(i => $"field {i}").ToArray();
        names[GlobalEventId] = "GLOBALEVENTID";
        names[SqlDate] = "SQLDATE";
        names[Actor1Type1Code] = "Actor1Type1Code";
        names[EventCode] = "EventCode";
        names[EventRootCode] = "EventRootCode";
        names[QuadClass] = "QuadClass";
        names[ActionGeoCountryCode] = "ActionGeo_CountryCode";
        names[ActionGeoLat] = "ActionGeo_Lat";
        names[ActionGeoLong] = "ActionGeo_Long";
        names[DateAdded] = "DATEADDED";
        names[SourceUrl] = "SOURCEURL";
        return names;
    }
}

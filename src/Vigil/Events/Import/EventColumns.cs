namespace Vigil.Events.Import;

/// <summary>The events table's columns as the bulk writers insert them (names as EF maps them), in one order.</summary>
internal static class EventColumns
{
    public static readonly string[] Names =
    [
        "Source", "SourceId", "DateStart", "DateEnd", "DatePrecision", "Month", "CountryIso3", "CountryCow",
        "Admin1", "Admin2", "Place", "Latitude", "Longitude", "GeoPrecision", "ViolenceType", "EventType",
        "SubEventType", "CameoCode", "CameoRoot", "Actor1", "Actor2", "ActorType", "FatalitiesBest",
        "FatalitiesLow", "FatalitiesHigh", "CivilianDeaths", "CivilianTargeting", "Notes", "ContentHash", "ImportedAt",
        "Actor1SourceId", "Actor2SourceId", "AssocActor1", "AssocActor2", "Inter1", "Inter2",
    ];

    public static string Quoted(string name) => $"\"{name}\"";

    public static string List() => string.Join(", ", Names.Select(Quoted));

    /// <summary>SET clause of the upsert: every column but the key takes the incoming value.</summary>
    public static string UpdateSet(string incoming) =>
        string.Join(", ", Names.Skip(2).Select(n => $"{Quoted(n)} = {incoming}.{Quoted(n)}"));
}

using Vigil.Events.Browse;
using Vigil.Events.Series;

namespace Vigil.Events.Import;

/// <summary>
/// The grouped statements that add newly inserted events to the aggregates <see cref="EventMonth"/> (event_months) and
/// <see cref="EventPlace"/> (event_places), the same on SQLite and PostgreSQL. Updates and deletions are the database
/// triggers' part (migration EventMonths, which writes the same expressions by hand), so a write never needs to read an
/// event's old values itself.
/// </summary>
internal static class EventAggregatesSql
{
    private sealed record Aggregate(string Table, string[] Key, string[] KeyOf, string Where, string[] Measures, string[] MeasureOf);

    private static readonly Aggregate Months = new(EventMonthConfiguration.Table,
        ["CountryIso3", "Source", "Admin1", "Month", "Spread", "ActorType", "ActorName"],
        ["\"CountryIso3\"", "\"Source\"", "COALESCE(\"Admin1\", '')", "\"Month\"", $"(\"DatePrecision\" = {(int)DatePrecision.LongerThanMonth})",
            "COALESCE(\"ActorType\", 0)", $"CASE WHEN \"ActorType\" IS NULL THEN COALESCE(substr(\"Actor1\", 1, {ActorTypes.NameLength}), '') ELSE '' END"],
        "\"CountryIso3\" IS NOT NULL",
        ["Events", "Fatalities", "CivilianEvents", "CivilianDeaths"],
        ["count(*)", "sum(COALESCE(\"FatalitiesBest\", 0))", $"sum(CASE WHEN \"ViolenceType\" = {(int)ViolenceType.OneSided} THEN 1 ELSE 0 END)",
            "sum(COALESCE(\"CivilianDeaths\", 0))"]);

    private static readonly Aggregate Places = new(EventPlaceConfiguration.Table,
        ["CountryIso3", "Source", "Month", "Longitude", "Latitude", "Place"],
        ["\"CountryIso3\"", "\"Source\"", "\"Month\"", "\"Longitude\"", "\"Latitude\"", "COALESCE(\"Place\", '')"],
        "\"CountryIso3\" IS NOT NULL AND \"Longitude\" IS NOT NULL AND \"Latitude\" IS NOT NULL",
        ["Events", "Fatalities", "CivilianDeaths"],
        ["count(*)", "sum(COALESCE(\"FatalitiesBest\", 0))", "sum(COALESCE(\"CivilianDeaths\", 0))"]);

    /// <summary>The events columns the statements read (PostgreSQL's writer returns them from its upsert).</summary>
    public const string Columns = "\"CountryIso3\", \"Source\", \"Admin1\", \"Month\", \"DatePrecision\", \"ActorType\", \"Actor1\", \"FatalitiesBest\", " +
        "\"ViolenceType\", \"CivilianDeaths\", \"Longitude\", \"Latitude\", \"Place\"";

    /// <summary>The statements adding the events of <paramref name="from"/> that match <paramref name="where"/>, one per aggregate.</summary>
    public static IEnumerable<string> AddGrouped(string from, string where) => [Add(Months, from, where), Add(Places, from, where)];

    /// <summary>INSERT … SELECT … GROUP BY … ON CONFLICT DO UPDATE SET count = count + new count, ….</summary>
    private static string Add(Aggregate a, string from, string where)
    {
        var groups = string.Join(", ", Enumerable.Range(1, a.Key.Length));
        var key = string.Join(", ", a.Key.Select(EventColumns.Quoted));
        return $"INSERT INTO {a.Table} ({key}, {string.Join(", ", a.Measures.Select(EventColumns.Quoted))}) " +
            $"SELECT {string.Join(", ", a.KeyOf)}, {string.Join(", ", a.MeasureOf)} FROM {from} WHERE ({where}) AND {a.Where} " +
            $"GROUP BY {groups} ORDER BY {groups} ON CONFLICT ({key}) DO UPDATE SET " +
            string.Join(", ", a.Measures.Select(m => $"\"{m}\" = {a.Table}.\"{m}\" + excluded.\"{m}\""));
    }
}

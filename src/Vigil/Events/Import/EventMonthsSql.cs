using Vigil.Events.Series;

namespace Vigil.Events.Import;

/// <summary>
/// The grouped statement that adds newly inserted events to <see cref="EventMonth"/> (table event_months), the same on
/// SQLite and PostgreSQL. Updates and deletions are the database triggers' part (migration EventMonths), so a write
/// never needs to read an event's old values itself.
/// </summary>
internal static class EventMonthsSql
{
    /// <summary>The aggregate's key columns, in key order.</summary>
    public static readonly string[] Key = ["CountryIso3", "Source", "Admin1", "Month", "Spread", "ActorType", "ActorName"];

    /// <summary>
    /// INSERT … SELECT … GROUP BY … ON CONFLICT DO UPDATE adding the events of <paramref name="from"/> that match
    /// <paramref name="where"/> (which must leave out events without a country).
    /// </summary>
    public static string AddGrouped(string from, string where) =>
        $"INSERT INTO {EventMonthConfiguration.Table} ({string.Join(", ", Key.Select(EventColumns.Quoted))}, \"Events\", \"Fatalities\", \"CivilianEvents\", \"CivilianDeaths\") " +
        $"SELECT \"CountryIso3\", \"Source\", COALESCE(\"Admin1\", ''), \"Month\", (\"DatePrecision\" = {(int)DatePrecision.LongerThanMonth}), COALESCE(\"ActorType\", 0), " +
        $"CASE WHEN \"ActorType\" IS NULL THEN COALESCE(substr(\"Actor1\", 1, {ActorTypes.NameLength}), '') ELSE '' END, " +
        $"count(*), sum(COALESCE(\"FatalitiesBest\", 0)), sum(CASE WHEN \"ViolenceType\" = {(int)ViolenceType.OneSided} THEN 1 ELSE 0 END), sum(COALESCE(\"CivilianDeaths\", 0)) " +
        $"FROM {from} WHERE {where} GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7 " +
        $"ON CONFLICT ({string.Join(", ", Key.Select(EventColumns.Quoted))}) DO UPDATE SET " +
        string.Join(", ", new[] { "Events", "Fatalities", "CivilianEvents", "CivilianDeaths" }
            .Select(c => $"\"{c}\" = {EventMonthConfiguration.Table}.\"{c}\" + excluded.\"{c}\""));
}

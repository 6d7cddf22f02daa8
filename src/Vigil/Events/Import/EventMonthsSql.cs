using Vigil.Events.Series;

namespace Vigil.Events.Import;

/// <summary>
/// How the batch writers add newly inserted events to <see cref="EventMonth"/> (event_months). PostgreSQL: one grouped
/// statement over the upsert's returned rows. SQLite: the writer sums its new events by <see cref="EventMonthKey"/> and
/// upserts each sum (grouping in SQL read every new row back: measured 1.4 s of CPU per million events, against a few
/// tenths in the writer). Updates and deletions are the database triggers' part (migration EventMonths, which writes
/// the same key expressions by hand), so a write never needs to read an event's old values itself.
/// </summary>
internal static class EventMonthsSql
{
    private static readonly string[] Key = ["CountryIso3", "Source", "Admin1", "Month", "Spread", "ActorType", "ActorName"];
    private static readonly string[] Measures = ["Events", "Fatalities", "CivilianEvents", "CivilianDeaths"];

    /// <summary>The events columns the grouped statement reads (PostgreSQL's upsert returns them).</summary>
    public const string Columns = "\"CountryIso3\", \"Source\", \"Admin1\", \"Month\", \"DatePrecision\", \"ActorType\", \"Actor1\", \"FatalitiesBest\", " +
        "\"ViolenceType\", \"CivilianDeaths\"";

    private static string Into => $"INSERT INTO {EventMonthConfiguration.Table} ({string.Join(", ", Key.Concat(Measures).Select(EventColumns.Quoted))}) ";

    private static string OnConflictAdd => $" ON CONFLICT ({string.Join(", ", Key.Select(EventColumns.Quoted))}) DO UPDATE SET " +
        string.Join(", ", Measures.Select(m => $"\"{m}\" = {EventMonthConfiguration.Table}.\"{m}\" + excluded.\"{m}\""));

    /// <summary>INSERT … SELECT … GROUP BY … ON CONFLICT DO UPDATE adding the events of <paramref name="from"/> that match <paramref name="where"/>.</summary>
    public static string AddGrouped(string from, string where) =>
        Into + $"SELECT \"CountryIso3\", \"Source\", COALESCE(\"Admin1\", ''), \"Month\", (\"DatePrecision\" = {(int)DatePrecision.LongerThanMonth}), " +
        $"COALESCE(\"ActorType\", 0), CASE WHEN \"ActorType\" IS NULL THEN COALESCE(substr(\"Actor1\", 1, {ActorTypes.NameLength}), '') ELSE '' END, " +
        $"count(*), sum(COALESCE(\"FatalitiesBest\", 0)), sum(CASE WHEN \"ViolenceType\" = {(int)ViolenceType.OneSided} THEN 1 ELSE 0 END), sum(COALESCE(\"CivilianDeaths\", 0)) " +
        $"FROM {from} WHERE ({where}) AND \"CountryIso3\" IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7" + OnConflictAdd;

    /// <summary>The upsert adding one sum: parameters $1–$7 the key (<see cref="EventMonthKey"/>'s order), $8–$11 the measures.</summary>
    public static string AddOne => Into + $"VALUES ({string.Join(", ", Enumerable.Range(1, Key.Length + Measures.Length).Select(i => $"${i}"))})" + OnConflictAdd;
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Vigil.Events.Series;

namespace Vigil.Events.Import;

/// <summary>
/// The events upsert (and the event_months one) as one native SQLite statement on a Microsoft.Data.Sqlite connection's handle,
/// prepared once and re-bound by position per row. Microsoft.Data.Sqlite boxes every value and looks each
/// named parameter up again on every execution, which cost about half the import time; binding by index
/// through SQLitePCL (the library Microsoft.Data.Sqlite itself runs on) does not. Runs inside the
/// connection's current transaction. See docs/decisions/0006-events-bulk-writes.md.
/// </summary>
internal sealed class SqliteUpsertStatement : IDisposable
{
    private readonly sqlite3_stmt _statement;
    private readonly sqlite3 _db;

    public SqliteUpsertStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Executes for one event (parameters 1–36 in the order of <see cref="EventColumns.Names"/>); returns the row id when a row was inserted or updated, null when unchanged.</summary>
    public long? Execute(Event e, string importedAt)
    {
        var s = _statement;
        Check(raw.sqlite3_reset(s));
        Text(1, e.Source);
        Text(2, e.SourceId);
        Text(3, e.DateStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text(4, e.DateEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Int(5, (int)e.DatePrecision);
        Int(6, e.Month);
        Text(7, e.CountryIso3);
        Int(8, e.CountryCow);
        Text(9, e.Admin1);
        Text(10, e.Admin2);
        Text(11, e.Place);
        Real(12, e.Latitude);
        Real(13, e.Longitude);
        Int(14, e.GeoPrecision);
        Int(15, (int?)e.ViolenceType);
        Text(16, e.EventType);
        Text(17, e.SubEventType);
        Text(18, e.CameoCode);
        Text(19, e.CameoRoot);
        Text(20, e.Actor1);
        Text(21, e.Actor2);
        Int(22, (int?)e.ActorType);
        Int(23, e.FatalitiesBest);
        Int(24, e.FatalitiesLow);
        Int(25, e.FatalitiesHigh);
        Int(26, e.CivilianDeaths);
        Int(27, e.CivilianTargeting ? 1 : 0);
        Text(28, e.Notes);
        Check(raw.sqlite3_bind_int64(s, 29, e.ContentHash));
        Text(30, importedAt);
        Text(31, e.Actor1SourceId);
        Text(32, e.Actor2SourceId);
        Text(33, e.AssocActor1);
        Text(34, e.AssocActor2);
        Int(35, e.Inter1);
        Int(36, e.Inter2);
        var step = raw.sqlite3_step(s);
        if (step == raw.SQLITE_ROW)
        {
            var id = raw.sqlite3_column_int64(s, 0);
            // Drain the statement so the upsert completes.
            while ((step = raw.sqlite3_step(s)) == raw.SQLITE_ROW)
            {
            }
            Check(step);
            return id;
        }
        Check(step);
        return null;
    }

    /// <summary>Executes the event_months upsert (<see cref="EventMonthsSql.AddOne"/>) for one sum of new events.</summary>
    public void Execute(EventMonthKey key, (int Events, long Fatalities, int CivilianEvents, long CivilianDeaths) sum)
    {
        var s = _statement;
        Check(raw.sqlite3_reset(s));
        Text(1, key.CountryIso3);
        Text(2, key.Source);
        Text(3, key.Admin1);
        Int(4, key.Month);
        Int(5, key.Spread ? 1 : 0);
        Int(6, key.ActorType);
        Text(7, key.ActorName);
        Int(8, sum.Events);
        Check(raw.sqlite3_bind_int64(s, 9, sum.Fatalities));
        Int(10, sum.CivilianEvents);
        Check(raw.sqlite3_bind_int64(s, 11, sum.CivilianDeaths));
        Check(raw.sqlite3_step(s));
    }

    private void Text(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));

    private void Int(int index, int? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    private void Real(int index, double? value) =>
        Check(value is { } v ? raw.sqlite3_bind_double(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    private void Check(int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException($"SQLite error {code}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", code);
        }
    }

    public void Dispose() => _statement.Dispose();
}

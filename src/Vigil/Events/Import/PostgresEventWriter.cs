using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Vigil.Storage;

namespace Vigil.Events.Import;

/// <summary>
/// PostgreSQL: each batch is binary-COPied into a session temp table (emptied at commit), then moved
/// with one INSERT … SELECT … ON CONFLICT DO UPDATE, all in one transaction. (xmax = 0) in RETURNING
/// marks rows that were inserted rather than updated; the same statement adds the inserted ones to event_months.
/// </summary>
internal sealed class PostgresEventWriter(VigilDb db) : EventBatchWriter
{
    private const string Stage = "events_stage";

    private static readonly string Upsert =
        $"WITH up AS (INSERT INTO {EventConfiguration.Table} ({EventColumns.List()}) SELECT {EventColumns.List()} FROM {Stage} " +
        $"ON CONFLICT (\"Source\", \"SourceId\") DO UPDATE SET {EventColumns.UpdateSet("EXCLUDED")} " +
        $"WHERE {EventConfiguration.Table}.\"ContentHash\" <> EXCLUDED.\"ContentHash\" RETURNING (xmax = 0) AS inserted, {EventMonthsSql.Columns}), " +
        $"months AS ({EventMonthsSql.AddGrouped("up", "inserted")}) " +
        "SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up";

    private NpgsqlConnection _connection = null!;

    protected override async Task OpenAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        _connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var create = new NpgsqlCommand(
            $"CREATE TEMP TABLE IF NOT EXISTS {Stage} ON COMMIT DELETE ROWS AS SELECT {EventColumns.List()} FROM {EventConfiguration.Table} WITH NO DATA",
            _connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<BatchOutcome> UpsertAsync(IReadOnlyList<Event> batch, DateTime importedAt, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        await using (var copy = await _connection.BeginBinaryImportAsync(
            $"COPY {Stage} ({EventColumns.List()}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var e in batch)
            {
                await WriteAsync(copy, e, DateTime.SpecifyKind(importedAt, DateTimeKind.Utc), cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        int inserted, updated;
        await using (var upsert = new NpgsqlCommand(Upsert, _connection, transaction))
        await using (var reader = await upsert.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            inserted = (int)reader.GetInt64(0);
            updated = (int)reader.GetInt64(1);
        }
        await transaction.CommitAsync(cancellationToken);
        return new BatchOutcome(inserted, updated, batch.Count - inserted - updated);
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter copy, Event e, DateTime importedAt, CancellationToken ct)
    {
        await copy.StartRowAsync(ct);
        await copy.WriteAsync(e.Source, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(e.SourceId, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(e.DateStart, NpgsqlDbType.Date, ct);
        await copy.WriteAsync(e.DateEnd, NpgsqlDbType.Date, ct);
        await copy.WriteAsync((int)e.DatePrecision, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(e.Month, NpgsqlDbType.Integer, ct);
        await Text(copy, e.CountryIso3, ct);
        await Int(copy, e.CountryCow, ct);
        await Text(copy, e.Admin1, ct);
        await Text(copy, e.Admin2, ct);
        await Text(copy, e.Place, ct);
        await Real(copy, e.Latitude, ct);
        await Real(copy, e.Longitude, ct);
        await Int(copy, e.GeoPrecision, ct);
        await Int(copy, (int?)e.ViolenceType, ct);
        await Text(copy, e.EventType, ct);
        await Text(copy, e.SubEventType, ct);
        await Text(copy, e.CameoCode, ct);
        await Text(copy, e.CameoRoot, ct);
        await Text(copy, e.Actor1, ct);
        await Text(copy, e.Actor2, ct);
        await Int(copy, (int?)e.ActorType, ct);
        await Int(copy, e.FatalitiesBest, ct);
        await Int(copy, e.FatalitiesLow, ct);
        await Int(copy, e.FatalitiesHigh, ct);
        await Int(copy, e.CivilianDeaths, ct);
        await copy.WriteAsync(e.CivilianTargeting, NpgsqlDbType.Boolean, ct);
        await Text(copy, e.Notes, ct);
        await copy.WriteAsync(e.ContentHash, NpgsqlDbType.Bigint, ct);
        await copy.WriteAsync(importedAt, NpgsqlDbType.TimestampTz, ct);
        await Text(copy, e.Actor1SourceId, ct);
        await Text(copy, e.Actor2SourceId, ct);
        await Text(copy, e.AssocActor1, ct);
        await Text(copy, e.AssocActor2, ct);
        await Int(copy, e.Inter1, ct);
        await Int(copy, e.Inter2, ct);
    }

    private static Task Text(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Text, ct);

    private static Task Int(NpgsqlBinaryImporter copy, int? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Integer, ct) : copy.WriteNullAsync(ct);

    private static Task Real(NpgsqlBinaryImporter copy, double? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Double, ct) : copy.WriteNullAsync(ct);

    public override async Task<int> DeleteAsync(string source, IReadOnlyList<string> sourceIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"DELETE FROM {EventConfiguration.Table} WHERE \"Source\" = @source AND \"SourceId\" = ANY(@ids)", _connection);
        command.Parameters.AddWithValue("source", source);
        command.Parameters.AddWithValue("ids", sourceIds.ToArray());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
}

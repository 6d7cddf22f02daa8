using Npgsql;
using Vigil.Storage;

namespace Vigil.Tests.Infrastructure;

/// <summary>
/// A private, empty store for one test class: a temporary SQLite directory, or a fresh
/// PostgreSQL database on the server named by VIGIL_TEST_POSTGRES (dropped afterwards).
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    public const string PostgresVariable = "VIGIL_TEST_POSTGRES";

    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestStore(DatabaseTarget target, string? adminConnection, string? databaseName)
    {
        Target = target;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public DatabaseTarget Target { get; }

    public static TestStore Sqlite() =>
        new(new DatabaseTarget(Path.Combine(Path.GetTempPath(), "vigil-tests", Guid.NewGuid().ToString("n")), null), null, null);

    /// <summary>Null when no PostgreSQL server is configured for the tests.</summary>
    public static async Task<TestStore?> PostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            return null;
        }
        var name = "vigil_test_" + Guid.NewGuid().ToString("n")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestStore(new DatabaseTarget(Path.Combine(Path.GetTempPath(), "vigil-tests", name), builder.ConnectionString), admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null && _databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await command.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
                {
                    // An autovacuum worker (a superuser process) on the fresh database cannot be terminated by
                    // the test role; it finishes within moments.
                    await Task.Delay(250);
                }
            }
        }
        else if (Directory.Exists(Target.DataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Target.DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow runner is left in the temp directory.
            }
        }
    }
}

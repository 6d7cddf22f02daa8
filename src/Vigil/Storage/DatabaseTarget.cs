using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage;

/// <summary>
/// Where the data lives: a PostgreSQL connection string (--db / VIGIL_DB) or, by default,
/// a SQLite file in the data directory (--data-dir / VIGIL_DATA_DIR, default ./.vigil).
/// </summary>
public sealed record DatabaseTarget(string DataDirectory, string? PostgresConnection)
{
    public const string SqliteFileName = "vigil.db";

    public bool IsPostgres => PostgresConnection is not null;

    public string SqlitePath => Path.Combine(DataDirectory, SqliteFileName);

    /// <summary>Data Protection keys: VIGIL_KEYS_DIR, else keys/ in the data directory. Instances sharing a PostgreSQL store must share this folder.</summary>
    public string KeysDirectory =>
        Environment.GetEnvironmentVariable("VIGIL_KEYS_DIR") is { Length: > 0 } configured ? Path.GetFullPath(configured) : Path.Combine(DataDirectory, "keys");

    public static DatabaseTarget From(string? dataDir, string? db)
    {
        dataDir ??= Environment.GetEnvironmentVariable("VIGIL_DATA_DIR");
        db ??= Environment.GetEnvironmentVariable("VIGIL_DB");
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDir) ? ".vigil" : dataDir);
        return new DatabaseTarget(directory, string.IsNullOrWhiteSpace(db) ? null : db);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (IsPostgres)
        {
            options.UseNpgsql(PostgresConnection, o => o.MigrationsAssembly("Vigil.Storage.Postgres"));
        }
        else
        {
            CreatePrivateDirectory(DataDirectory);
            CreatePrivateSqliteFile();
            options.UseSqlite($"Data Source={SqlitePath};Foreign Keys=True;Pooling=True", o => o.MigrationsAssembly("Vigil.Storage.Sqlite"));
        }
    }

    /// <summary>
    /// Creates a folder only its owner may open (0700 on Unix; the data directory, the keys folder). An existing folder
    /// keeps its mode: the operator may have set it (a keys folder shared by several instances).
    /// </summary>
    public static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    // SQLite would create its file with the umask (often 0644, world-readable) and gives its -wal and -shm files the
    // database file's mode; an empty file is a valid empty database, so create it first, 0600.
    private void CreatePrivateSqliteFile()
    {
        if (!OperatingSystem.IsWindows() && !File.Exists(SqlitePath))
        {
            using var file = new FileStream(SqlitePath, new FileStreamOptions
            {
                Mode = FileMode.OpenOrCreate,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
    }

    public string Describe() => IsPostgres ? "PostgreSQL" : $"SQLite at {SqlitePath}";
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Vigil.Storage;

namespace Vigil.Storage.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model; never used at run time.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<VigilDb>
{
    public VigilDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<VigilDb>();
        new DatabaseTarget(Path.Combine(Path.GetTempPath(), "vigil-design"), null).Configure(options);
        return new VigilDb(options.Options);
    }
}

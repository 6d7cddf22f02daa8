using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Vigil.Storage;

namespace Vigil.Storage.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model; no server is contacted.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<VigilDb>
{
    public VigilDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<VigilDb>();
        new DatabaseTarget(Path.GetTempPath(), "Host=localhost;Database=vigil_design").Configure(options);
        return new VigilDb(options.Options);
    }
}

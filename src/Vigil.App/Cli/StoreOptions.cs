using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts.Notifications;
using Vigil.Security;
using Vigil.Composition;
using Vigil.Storage;

namespace Vigil.App.Cli;

/// <summary>--data-dir and --db, accepted by every verb so the CLI and the server share one store.</summary>
public static class StoreOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Data directory (SQLite file, keys, caches). Default: $VIGIL_DATA_DIR or ./.vigil",
        Recursive = true,
    };

    public static readonly Option<string?> Db = new("--db")
    {
        Description = "PostgreSQL connection string, e.g. \"Host=localhost;Database=vigil;Username=vigil\". Default: $VIGIL_DB, else SQLite in the data directory",
        Recursive = true,
    };

    public static DatabaseTarget Target(ParseResult parse) => DatabaseTarget.From(parse.GetValue(DataDir), parse.GetValue(Db));

    /// <summary>Services for a CLI verb that works on the store without a web server; the database is migrated first.</summary>
    public static async Task<ServiceProvider> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVigilCore(Target(parse));
        // `alerts deliver` posts webhooks as the server does; it reads the server's switch from the environment
        // (Vigil__Webhooks__AllowPrivateAddresses=true).
        services.AddOptions<WebhookOptions>().Bind(new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(WebhookOptions.Section));
        var provider = services.BuildServiceProvider();
        // The command line is run by whoever holds the data directory or the connection string: it acts as the system.
        provider.GetRequiredService<CurrentActor>().Set(Viewer.System with { Name = $"cli:{Environment.UserName}" }, "local");
        await provider.GetRequiredService<DatabaseSetup>().MigrateAsync(cancellationToken);
        return provider;
    }
}

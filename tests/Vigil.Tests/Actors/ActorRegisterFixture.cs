using Microsoft.Extensions.DependencyInjection;
using Vigil.Events.Import;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Actors;

/// <summary>
/// One server whose store holds the shared GED Bangladesh and ACLED Afghanistan files, imported after the organisations of the
/// tests exist (the import's rebuild gives each its register). Each test class works in an organisation of its own.
/// </summary>
public sealed class ActorRegisterFixture : IAsyncLifetime
{
    public const string GedFile = "ucdp-ged/ged191_Bangladesh.csv";
    public const string AcledFile = "acled/ACLED_Afghanistan_2020-03.csv";
    public static readonly string[] Offices = ["Register office", "Merge office", "Other office"];

    private TestServer? _server;

    public TestServer Server => _server ?? throw new InvalidOperationException("The server is started by InitializeAsync.");

    public EventImportSummary Imported { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var ged = SharedData.Events(GedFile);
        var acled = SharedData.Events(AcledFile);
        _server = await TestServer.StartAsync(TestStore.Sqlite());
        foreach (var office in Offices)
        {
            using var client = await _server.ClientForAsync(Email(office), office, Roles.Analyst);
        }
        Imported = await _server.Services.GetRequiredService<EventImporter>()
            .ImportAsync(new EventImportRequest([ged, acled]), null, CancellationToken.None);
    }

    public static string Email(string office, string role = Roles.Analyst) => $"{role}@{office.Replace(' ', '-').ToLowerInvariant()}.example";

    public Task<HttpClient> ClientAsync(string office, string role = Roles.Analyst) => Server.ClientForAsync(Email(office, role), office, role);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

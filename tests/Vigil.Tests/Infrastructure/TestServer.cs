using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.App.Hosting;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Tests.Infrastructure;

/// <summary>The real Vigil web app on a free loopback port, over a private store; HTTP calls go through Kestrel.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly bool _ownsStore;

    private TestServer(WebApplication app, TestStore store, Uri address, bool ownsStore)
    {
        _app = app;
        _ownsStore = ownsStore;
        Store = store;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    public TestStore Store { get; }
    public Uri Address { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the app over <paramref name="store"/>. A second instance over the same store passes its own
    /// <paramref name="target"/> (another data directory, so another keys folder) and does not own the store.
    /// </summary>
    public static async Task<TestServer> StartAsync(TestStore store, Action<WebApplicationBuilder>? configure = null, DatabaseTarget? target = null)
    {
        var app = await VigilWebHost.BuildAsync(target ?? store.Target, "http://127.0.0.1:0", CancellationToken.None,
            b =>
            {
                b.Logging.SetMinimumLevel(LogLevel.Warning);
                // Tests sign in many users from one address; the rate-limit test sets its own limit.
                b.Configuration["Vigil:SignInAttemptsPerMinute"] = "1000";
                // Notification passes are run by the tests themselves, on a fake clock.
                b.Configuration["Vigil:Notifications:Enabled"] = "false";
                // Admins made by ClientForAsync sign in with a password only; TwoFactorTests turn the rule for admins back on.
                b.Configuration["Vigil:TwoFactor:RequiredForAdmins"] = "false";
                configure?.Invoke(b);
            });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var server = new TestServer(app, store, new Uri(address), ownsStore: target is null);
        // The default client is an analyst of "Test office"; tests needing others ask ClientForAsync.
        var signedIn = await server.ClientForAsync("analyst@test.example");
        server.Client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        signedIn.Dispose();
        return server;
    }

    public const string Password = "correct horse battery staple";

    /// <summary>Creates a user (and the organisation if new) and returns an HTTP client signed in as them with a bearer token.</summary>
    public async Task<HttpClient> ClientForAsync(string email, string organization = "Test office", string role = Roles.Analyst)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<VigilUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                await scope.ServiceProvider.GetRequiredService<AddUser>()
                    .RunAsync(new(email, organization, role, Password, OrganizationKind.Un), CancellationToken.None);
            }
        }
        var token = await TokenAsync(email, Password);
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> TokenAsync(string email, string password)
    {
        using var anonymous = new HttpClient { BaseAddress = Address };
        using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsStore)
        {
            await Store.DisposeAsync();
        }
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>An admin lists the people of their own organisation, not another organisation's.</summary>
public sealed class AdminUsersTests
{
    [Fact]
    public async Task GetUsers_TwoOrganisations_EachAdminSeesOnlyTheirOwn()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var ngoAdmin = await server.ClientForAsync("admin@ngo.example", "Monitors NGO", Roles.Admin);
        (await server.ClientForAsync("field@ngo.example", "Monitors NGO", Roles.Monitor)).Dispose();
        using var unAdmin = await server.ClientForAsync("admin@un.example", "UN office", Roles.Admin);

        var ngo = await EmailsAsync(ngoAdmin, ct);
        var un = await EmailsAsync(unAdmin, ct);

        Assert.Equal(["admin@ngo.example", "field@ngo.example"], ngo.Order(StringComparer.Ordinal));
        Assert.Equal(["admin@un.example"], un);
    }

    private static async Task<List<string>> EmailsAsync(HttpClient client, CancellationToken ct) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/users", ct)).EnumerateArray().Select(u => u.GetProperty("email").GetString()!)];
}

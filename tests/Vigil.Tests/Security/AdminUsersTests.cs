using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>An admin lists and manages the people of their own organisation through the API, not another organisation's.</summary>
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

    [Fact]
    public async Task PostUsers_Admin_AddsToOwnOrganisationWithPasswordShownOnce()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var admin = await server.ClientForAsync("admin@ngo.example", "Monitors NGO", Roles.Admin);

        using var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new { email = "field@ngo.example", role = "monitor" }, ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(ct);
        var password = body.GetProperty("temporaryPassword").GetString()!;
        Assert.Equal("monitor", body.GetProperty("role").GetString());
        await PasswordChangeTests.AssertTemporaryPasswordAsync(server, "field@ngo.example", password, ct);
        var user = await AdminUsersPageTests.UserAsync(server, "field@ngo.example", ct);
        Assert.Equal((await AdminUsersPageTests.UserAsync(server, "admin@ngo.example", ct)).OrganizationId, user.OrganizationId);
        var list = await admin.GetStringAsync("/api/v1/admin/users", ct);
        Assert.DoesNotContain(password, list, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"active\"", list, StringComparison.Ordinal);

        using var duplicate = await admin.PostAsJsonAsync("/api/v1/admin/users", new { email = "field@ngo.example", role = "viewer" }, ct);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        using var badRole = await admin.PostAsJsonAsync("/api/v1/admin/users", new { email = "other@ngo.example", role = "owner" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.True((await badRole.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("errors").TryGetProperty("role", out _));
    }

    [Fact]
    public async Task RoleAndDisable_OwnUser_ChangedAndTokensAndKeysEnd()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        var analyst = await AdminUsersPageTests.UserAsync(server, "analyst@test.example", ct);
        using var key = await server.Client.PostAsJsonAsync("/api/v1/auth/keys", new { name = "export" }, ct);
        using var keyClient = new HttpClient { BaseAddress = server.Address };
        keyClient.DefaultRequestHeaders.Add("X-Api-Key", (await key.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("key").GetString());

        using var role = await admin.PutAsJsonAsync($"/api/v1/admin/users/{analyst.Id}/role", new { role = "viewer" }, ct);
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
        Assert.Equal(Roles.Viewer, (await AdminUsersPageTests.UserAsync(server, "analyst@test.example", ct)).Role);

        using var disabled = await admin.PostAsync($"/api/v1/admin/users/{analyst.Id}/disable", null, ct);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync("/api/v1/auth/me", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyClient.GetAsync("/api/v1/auth/me", ct)).StatusCode);

        using var enabled = await admin.PostAsync($"/api/v1/admin/users/{analyst.Id}/enable", null, ct);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync("/api/v1/auth/me", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await keyClient.GetAsync("/api/v1/auth/me", ct)).StatusCode);
        Assert.False(string.IsNullOrEmpty(await server.TokenAsync("analyst@test.example", TestServer.Password)));

        using var reset = await admin.PostAsync($"/api/v1/admin/users/{analyst.Id}/reset-password", null, ct);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.True(reset.Headers.CacheControl?.NoStore);
        var password = (await reset.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("temporaryPassword").GetString()!;
        await PasswordChangeTests.AssertTemporaryPasswordAsync(server, "analyst@test.example", password, ct);
    }

    [Fact]
    public async Task DisableAndRole_SelfOrLastAdmin_ConflictNamingTheField()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        using var second = await server.ClientForAsync("second@test.example", role: Roles.Admin);
        var first = await AdminUsersPageTests.UserAsync(server, "admin@test.example", ct);
        var other = await AdminUsersPageTests.UserAsync(server, "second@test.example", ct);

        using var self = await admin.PostAsync($"/api/v1/admin/users/{first.Id}/disable", null, ct);
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.True((await self.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("errors").TryGetProperty("id", out _));

        // Two admins: the second may step down; then the first is the last and may not.
        using var stepDown = await second.PutAsJsonAsync($"/api/v1/admin/users/{other.Id}/role", new { role = "analyst" }, ct);
        Assert.Equal(HttpStatusCode.OK, stepDown.StatusCode);
        using var last = await admin.PutAsJsonAsync($"/api/v1/admin/users/{first.Id}/role", new { role = "analyst" }, ct);
        Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
        var problem = await last.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Contains("last active admin", problem.GetProperty("errors").GetProperty("role")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(Roles.Admin, (await AdminUsersPageTests.UserAsync(server, "admin@test.example", ct)).Role);
    }

    [Fact]
    public async Task Writes_AnotherOrganisationsUserOrNonAdmin_NotFoundOrForbidden()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        using var outsider = await server.ClientForAsync("outsider@un.example", "UN office", Roles.Admin);
        var id = (await AdminUsersPageTests.UserAsync(server, "outsider@un.example", ct)).Id;

        using var role = await admin.PutAsJsonAsync($"/api/v1/admin/users/{id}/role", new { role = "viewer" }, ct);
        using var disable = await admin.PostAsync($"/api/v1/admin/users/{id}/disable", null, ct);
        using var enable = await admin.PostAsync($"/api/v1/admin/users/{id}/enable", null, ct);
        using var reset = await admin.PostAsync($"/api/v1/admin/users/{id}/reset-password", null, ct);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            [role.StatusCode, disable.StatusCode, enable.StatusCode, reset.StatusCode]);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync("/api/v1/auth/me", ct)).StatusCode);
        Assert.Equal(Roles.Admin, (await AdminUsersPageTests.UserAsync(server, "outsider@un.example", ct)).Role);

        using var byAnalyst = await server.Client.PostAsJsonAsync("/api/v1/admin/users", new { email = "sneaky@test.example", role = "admin" }, ct);
        using var analystDisable = await server.Client.PostAsync($"/api/v1/admin/users/{id}/disable", null, ct);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [byAnalyst.StatusCode, analystDisable.StatusCode]);
    }

    [Fact]
    public async Task GetUsers_AfterFiveWrongPasswords_StateLockedOut()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var admin = await server.ClientForAsync("admin@test.example", role: Roles.Admin);
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "analyst@test.example", password = "wrong password " + i }, ct);
        }

        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/users", ct);

        var states = users.EnumerateArray().ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("state").GetString());
        Assert.Equal("locked-out", states["analyst@test.example"]);
        Assert.Equal("active", states["admin@test.example"]);
        Assert.Contains("locked out", await admin.GetStringAsync("/admin/users", ct), StringComparison.Ordinal);
    }

    private static async Task<List<string>> EmailsAsync(HttpClient client, CancellationToken ct) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/admin/users", ct)).EnumerateArray().Select(u => u.GetProperty("email").GetString()!)];
}

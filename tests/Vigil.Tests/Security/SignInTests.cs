using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

public sealed class SignInTests
{
    [Fact]
    public async Task Token_AfterItsLifetime_IsRejected()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await TestServer.StartAsync(TestStore.Sqlite(), b => b.Services.AddSingleton<TimeProvider>(clock));
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/api/v1/auth/me")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Revoke_EndsEveryTokenOfTheUser()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var second = await server.ClientForAsync("analyst@test.example");
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.PostAsync("/api/v1/auth/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task ApiKey_WorksUntilRevoked()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var created = await server.Client.PostAsJsonAsync("/api/v1/auth/keys", new { name = "monthly export" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var keyClient = new HttpClient { BaseAddress = server.Address };
        keyClient.DefaultRequestHeaders.Add("X-Api-Key", body.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, (await keyClient.GetAsync("/api/v1/assessments")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.DeleteAsync($"/api/v1/auth/keys/{body.GetProperty("id").GetGuid()}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await keyClient.GetAsync("/api/v1/assessments")).StatusCode);
        var list = await server.GetJsonAsync("/api/v1/auth/keys");
        Assert.DoesNotContain(body.GetProperty("key").GetString()!, list.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKey_CreatingAKeyWithAKey_Forbidden()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var keyClient = await KeyClientAsync(server);

        using var minted = await keyClient.PostAsJsonAsync("/api/v1/auth/keys", new { name = "from a key" });

        Assert.Equal(HttpStatusCode.Forbidden, minted.StatusCode);
        Assert.Equal("application/problem+json", minted.Content.Headers.ContentType?.MediaType);
        var problem = await minted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("An API key cannot create API keys: sign in with your password (a bearer token or the pages) to create one.",
            problem.GetProperty("title").GetString());
        Assert.Equal(1, (await server.GetJsonAsync("/api/v1/auth/keys")).GetArrayLength());
    }

    [Fact]
    public async Task Revoke_CalledWithAnApiKey_RevokesThatKey()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var keyClient = await KeyClientAsync(server);

        Assert.Equal(HttpStatusCode.NoContent, (await keyClient.PostAsync("/api/v1/auth/revoke", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await keyClient.GetAsync("/api/v1/auth/me")).StatusCode);
        using var fresh = await server.ClientForAsync("analyst@test.example");
        var key = (await fresh.GetFromJsonAsync<JsonElement>("/api/v1/auth/keys")).EnumerateArray().Single();
        Assert.Equal(JsonValueKind.String, key.GetProperty("revokedAt").ValueKind);
    }

    /// <summary>A client signed in with a new API key of the analyst (made with their bearer token).</summary>
    internal static async Task<HttpClient> KeyClientAsync(TestServer server)
    {
        using var created = await server.Client.PostAsJsonAsync("/api/v1/auth/keys", new { name = "export" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var keyClient = new HttpClient { BaseAddress = server.Address };
        keyClient.DefaultRequestHeaders.Add("X-Api-Key", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, (await keyClient.GetAsync("/api/v1/auth/me")).StatusCode);
        return keyClient;
    }

    [Fact]
    public async Task Lockout_AfterFiveWrongPasswords_EvenTheRightOneIsRefused()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "analyst@test.example", password = "wrong password " + i });
            Assert.NotEqual(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var right = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "analyst@test.example", password = TestServer.Password });
        Assert.Equal(HttpStatusCode.Locked, right.StatusCode);
    }

    [Fact]
    public async Task TokenEndpoint_TooManyAttempts_IsRateLimited()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite(), b => b.Configuration["Vigil:SignInAttemptsPerMinute"] = "3");
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = "nobody@test.example", password = "x" });
            statuses.Add(response.StatusCode);
        }
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task CookieSession_ApiWriteWithoutAntiforgeryToken_IsRejected()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var handler = new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = server.Address };
        var login = await browser.GetStringAsync("/login");
        var token = AntiforgeryToken(login);
        using var signIn = await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "analyst@test.example", ["Input.Password"] = TestServer.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);

        using var forged = await browser.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "CAF", title = "forged", asOf = "2026-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var formWithoutToken = await browser.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, formWithoutToken.StatusCode);
    }

    [Fact]
    public async Task ConfidentialField_InTheRawDatabaseFile_IsCiphertext()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using var created = await server.Client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "MMR", title = "t", asOf = "2026-10-01" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var put = await server.Client.PutAsJsonAsync($"/api/v1/assessments/{id}/indicators/7.9", new
        {
            status = "present", severity = 3,
            evidence = new[] { new { title = "Testimony", reliability = "C", credibility = 3, sourceIdentity = "Nurse Hla Hla of Sittwe clinic" } },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        await using var raw = new SqliteConnection($"Data Source={server.Store.Target.SqlitePath};Mode=ReadOnly;Pooling=False");
        await raw.OpenAsync();
        await using var command = raw.CreateCommand();
        command.CommandText = "SELECT SourceIdentity FROM evidence_items";
        var stored = (string?)await command.ExecuteScalarAsync();
        Assert.NotNull(stored);
        Assert.DoesNotContain("Hla", stored, StringComparison.Ordinal);
        await raw.CloseAsync();
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(server.Store.Target.SqlitePath);
        var wal = server.Store.Target.SqlitePath + "-wal";
        var all = File.Exists(wal) ? [.. bytes, .. await File.ReadAllBytesAsync(wal)] : bytes;
        Assert.DoesNotContain("Nurse Hla Hla", System.Text.Encoding.UTF8.GetString(all), StringComparison.Ordinal);

        var view = await server.GetJsonAsync($"/api/v1/assessments/{id}");
        Assert.Equal("Nurse Hla Hla of Sittwe clinic", view.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == "7.9").GetProperty("evidence")[0].GetProperty("sourceIdentity").GetString());
    }

    internal static string AntiforgeryToken(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(match.Success, "The page has no antiforgery token.");
        return match.Groups[1].Value;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Reports;

/// <summary>POST /api/v1/reports/{id}/photos, as the web form sends a photo after its report: stripped, kept once, checked.</summary>
public sealed class ReportPhotoUploadTests : IAsyncLifetime
{
    private const string Office = "Photo network";
    private TestServer? _server;

    private TestServer Server => _server!;

    public async ValueTask InitializeAsync() => _server = await TestServer.StartAsync(TestStore.Sqlite());

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private static MultipartFormDataContent Photo(byte[] content, string name)
    {
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { part, "photo", name } };
    }

    private async Task<Guid> ReportAsync(HttpClient client)
    {
        using var created = await client.PostAsJsonAsync("/api/v1/reports", new { clientId = "web-1", occurredAt = "2026-03-01", countryIso3 = "SDN", text = "Shots at the well." },
            TestContext.Current.CancellationToken);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Photos_SentTwiceUnderOneClientName_StoredOnceWithoutGps()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@photo.example", Office, Roles.Monitor);
        var id = await ReportAsync(monitor);
        var photo = TestPhotos.WithGps();

        using var first = await monitor.PostAsync($"/api/v1/reports/{id}/photos", Photo(photo, "0b4f1d4e.jpg"), ct);
        using var again = await monitor.PostAsync($"/api/v1/reports/{id}/photos", Photo(photo, "0b4f1d4e.jpg"), ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var analyst = await Server.ClientForAsync("analyst@photo.example", Office, Roles.Analyst);
        var report = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}", ct);
        var url = Assert.Single(report.GetProperty("photos").EnumerateArray()).GetProperty("url").GetString()!;
        Assert.False(TestPhotos.HasExif(await analyst.GetByteArrayAsync(url, ct)));
        Assert.Equal(photo, await analyst.GetByteArrayAsync(url + "?original=true", ct));
    }

    [Fact]
    public async Task Photos_NotAPhotoOrAnotherOrganisationOrAViewer_RefusedAndNothingStored()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@photo.example", Office, Roles.Monitor);
        var id = await ReportAsync(monitor);
        using var viewer = await Server.ClientForAsync("viewer@photo.example", Office, Roles.Viewer);
        using var stranger = await Server.ClientForAsync("monitor@other.example", "Another network", Roles.Monitor);

        using var text = await monitor.PostAsync($"/api/v1/reports/{id}/photos", Photo("not a photo"u8.ToArray(), "note.jpg"), ct);
        using var json = await monitor.PostAsJsonAsync($"/api/v1/reports/{id}/photos", new { photo = "x" }, ct);
        using var byViewer = await viewer.PostAsync($"/api/v1/reports/{id}/photos", Photo(TestPhotos.Plain, "v.jpg"), ct);
        using var byStranger = await stranger.PostAsync($"/api/v1/reports/{id}/photos", Photo(TestPhotos.Plain, "s.jpg"), ct);

        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Contains("note.jpg: only JPEG and PNG photos are accepted", await text.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("multipart/form-data", await json.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        var report = await monitor.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}", ct);
        Assert.Empty(report.GetProperty("photos").EnumerateArray());
    }
}

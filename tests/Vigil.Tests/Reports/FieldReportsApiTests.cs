using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MetadataExtractor.Formats.Exif;
using Microsoft.Data.Sqlite;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Reports;

/// <summary>Field reports over real HTTP: the JSON API, ODK Collect's OpenRosa submission, and who sees what of a report.</summary>
public sealed class FieldReportsApiTests : IAsyncLifetime
{
    private const string Office = "Field network";
    private TestServer? _server;

    private TestServer Server => _server!;

    public async ValueTask InitializeAsync() => _server = await TestServer.StartAsync(TestStore.Sqlite());

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private static object Report(string clientId, string? phone = "+249 91 234 5678", double? latitude = 13.6301, double? longitude = 25.3501) => new
    {
        clientId,
        formId = "incident",
        occurredAt = "2026-03-01T10:00:00Z",
        countryIso3 = "SDN",
        admin1 = "North Darfur",
        latitude,
        longitude,
        text = "Armed men burned the market in Kabkabiya.",
        harmed = new[] { new { sex = "female", age = "adult", count = 2 }, new { sex = "male", age = "child", count = 1 } },
        reporter = phone is null ? null : new { name = "Amina Yusuf", phone, deviceId = (string?)null, account = (string?)null },
    };

    [Fact]
    public async Task Submit_RepeatClientId_AnswersTheStoredReportWith200()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@field.example", Office, Roles.Monitor);

        using var first = await monitor.PostAsJsonAsync("/api/v1/reports", Report("web-1"), ct);
        using var again = await monitor.PostAsJsonAsync("/api/v1/reports", Report("web-1"), ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid());
        using var analyst = await Server.ClientForAsync("analyst@field.example", Office, Roles.Analyst);
        var list = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/reports?country=SDN", ct);
        Assert.Single(list.EnumerateArray());
        Assert.Equal(3, list[0].GetProperty("harmedTotal").GetInt32());
    }

    [Fact]
    public async Task Submit_ViewerOrBadInput_RefusedNamingTheField()
    {
        var ct = TestContext.Current.CancellationToken;
        using var viewer = await Server.ClientForAsync("viewer@field.example", Office, Roles.Viewer);
        using var monitor = await Server.ClientForAsync("monitor@field.example", Office, Roles.Monitor);

        using var refused = await viewer.PostAsJsonAsync("/api/v1/reports", Report("viewer-1"), ct);
        using var bad = await monitor.PostAsJsonAsync("/api/v1/reports", Report("bad-1", latitude: 95), ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("latitude", await bad.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReporterIdentity_EncryptedAtRest_AndOnlyInDetailsForNamedRolesOfTheOrganisation()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@field.example", Office, Roles.Monitor);
        using var created = await monitor.PostAsJsonAsync("/api/v1/reports", Report("identity-1"), ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        using var analyst = await Server.ClientForAsync("analyst@field.example", Office, Roles.Analyst);
        using var viewer = await Server.ClientForAsync("viewer@field.example", Office, Roles.Viewer);
        using var otherAnalyst = await Server.ClientForAsync("analyst@elsewhere.example", "Another office", Roles.Analyst);

        var detail = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}", ct);
        var list = await analyst.GetStringAsync("/api/v1/reports", ct);
        var viewerDetail = await viewer.GetStringAsync($"/api/v1/reports/{id}", ct);
        using var other = await otherAnalyst.GetAsync($"/api/v1/reports/{id}", ct);
        var otherList = await otherAnalyst.GetFromJsonAsync<JsonElement>("/api/v1/reports", ct);

        Assert.Equal("Amina Yusuf", detail.GetProperty("reporter").GetProperty("name").GetString());
        Assert.DoesNotContain("Amina", list, StringComparison.Ordinal);
        Assert.DoesNotContain("5678", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", viewerDetail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Empty(otherList.EnumerateArray());
        await using var raw = new SqliteConnection($"Data Source={Server.Store.Target.SqlitePath};Mode=ReadOnly;Pooling=False");
        await raw.OpenAsync(ct);
        await using var command = raw.CreateCommand();
        command.CommandText = "SELECT ReporterName || ReporterPhone || ReporterAccount || RawSubmission FROM field_reports";
        var stored = (string)(await command.ExecuteScalarAsync(ct))!;
        Assert.DoesNotContain("Amina", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("234 5678", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("monitor@field.example", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatReporter_SamePhoneWrittenTwoWays_RecognisedByAKeyedHash()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@field.example", Office, Roles.Monitor);
        (await monitor.PostAsJsonAsync("/api/v1/reports", Report("repeat-1", "+249 91 234 5678"), ct)).Dispose();
        (await monitor.PostAsJsonAsync("/api/v1/reports", Report("repeat-2", "00249912345678"), ct)).Dispose();
        using var third = await monitor.PostAsJsonAsync("/api/v1/reports", Report("repeat-3", "+44 20 7946 0000"), ct);
        using var analyst = await Server.ClientForAsync("analyst@field.example", Office, Roles.Analyst);
        var list = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/reports", ct);
        var counts = new Dictionary<string, int>();
        foreach (var report in list.EnumerateArray())
        {
            var detail = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{report.GetProperty("id").GetGuid()}", ct);
            counts[report.GetProperty("clientId").GetString()!] = detail.GetProperty("reportsBySameReporter").GetInt32();
        }

        Assert.Equal(2, counts["repeat-1"]);
        Assert.Equal(2, counts["repeat-2"]);
        Assert.Equal(1, counts["repeat-3"]);
        await using var raw = new SqliteConnection($"Data Source={Server.Store.Target.SqlitePath};Mode=ReadOnly;Pooling=False");
        await raw.OpenAsync(ct);
        await using var command = raw.CreateCommand();
        command.CommandText = "SELECT ReporterHash FROM field_reports WHERE ClientId = 'repeat-1'";
        var hash = (string)(await command.ExecuteScalarAsync(ct))!;
        // Keyed: not the plain SHA-256 of the number, which anyone could compute for every phone number.
        Assert.NotEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("phone:249912345678"u8)), hash);
        Assert.Equal(64, hash.Length);
    }

    [Fact]
    public async Task Location_ExactForNamedRoles_CoarsenedForOthersAsThePolicySays()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@field.example", Office, Roles.Monitor);
        using var created = await monitor.PostAsJsonAsync("/api/v1/reports", Report("place-1"), ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        using var reviewer = await Server.ClientForAsync("reviewer@field.example", Office, Roles.Reviewer);
        using var viewer = await Server.ClientForAsync("viewer@field.example", Office, Roles.Viewer);
        using var admin = await Server.ClientForAsync("admin@field.example", Office, Roles.Admin);

        var exact = (await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}", ct)).GetProperty("location");
        var grid = (await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}", ct)).GetProperty("location");
        var monitorList = (await monitor.GetFromJsonAsync<JsonElement>("/api/v1/reports", ct))[0].GetProperty("location");
        using (var set = await admin.PutAsJsonAsync("/api/v1/reports-policy", new { mode = "admin2" }, ct))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }
        var admin2 = (await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}", ct)).GetProperty("location");

        Assert.Equal("exact", exact.GetProperty("precision").GetString());
        Assert.Equal(13.6301, exact.GetProperty("latitude").GetDouble());
        Assert.Equal("grid", grid.GetProperty("precision").GetString());
        Assert.NotEqual(13.6301, grid.GetProperty("latitude").GetDouble());
        // Within the 5 km cell: at most half a diagonal away.
        Assert.InRange(Math.Abs(grid.GetProperty("latitude").GetDouble() - 13.6301) * 111.2, 0, 3.6);
        Assert.Equal("grid", monitorList.GetProperty("precision").GetString());
        Assert.Equal("admin2", admin2.GetProperty("precision").GetString());
        Assert.Equal(JsonValueKind.Null, admin2.GetProperty("latitude").ValueKind);
        Assert.Equal("North Darfur", admin2.GetProperty("admin1").GetString());
    }

    [Fact]
    public async Task OpenRosa_HeadPreCheck_AsksForBasicThenAnswersTheOpenRosaHeaders()
    {
        var ct = TestContext.Current.CancellationToken;
        await Server.ClientForAsync("monitor@field.example", Office, Roles.Monitor);
        using var collect = new HttpClient { BaseAddress = Server.Address };

        using var anonymous = await collect.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/submission"), ct);
        using var signed = new HttpRequestMessage(HttpMethod.Head, "/submission");
        signed.Headers.Authorization = Basic("monitor@field.example", TestServer.Password);
        signed.Headers.Add("X-OpenRosa-Version", "1.0");
        using var answer = await collect.SendAsync(signed, ct);
        using var wrong = new HttpRequestMessage(HttpMethod.Head, "/submission");
        wrong.Headers.Authorization = Basic("monitor@field.example", "not the password");
        using var refused = await collect.SendAsync(wrong, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("1.0", answer.Headers.GetValues("X-OpenRosa-Version").Single());
        Assert.True(int.Parse(answer.Headers.GetValues("X-OpenRosa-Accept-Content-Length").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task OpenRosa_SubmissionAsOdkCollectSendsIt_OneReport_PhotoSharedWithoutGps_OriginalKept()
    {
        var ct = TestContext.Current.CancellationToken;
        await Server.ClientForAsync("monitor@field.example", Office, Roles.Monitor);
        using var collect = new HttpClient { BaseAddress = Server.Address };
        var photo = TestPhotos.WithGps();
        Assert.NotNull(Gps(photo));

        using var first = await collect.SendAsync(Submission(photo), ct);
        using var again = await collect.SendAsync(Submission(photo), ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("1.0", first.Headers.GetValues("X-OpenRosa-Version").Single());
        var message = await first.Content.ReadAsStringAsync(ct);
        Assert.Contains("<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\">", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        using var analyst = await Server.ClientForAsync("analyst@field.example", Office, Roles.Analyst);
        var list = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/reports", ct);
        var report = Assert.Single(list.EnumerateArray());
        Assert.Equal("uuid:0b4f1d4e-95d7-4d8b-9f4c-4a3f3c9d1a11", report.GetProperty("clientId").GetString());
        Assert.Equal("openrosa", report.GetProperty("channel").GetString());
        Assert.Equal("Kutum", report.GetProperty("location").GetProperty("admin2").GetString());
        Assert.Equal("armed-group", report.GetProperty("perpetrator").GetString());
        Assert.Equal(new[] { "7.5", "7.14" }, report.GetProperty("warningSigns").EnumerateArray().Select(s => s.GetString()!));
        Assert.Equal("womens-group", report.GetProperty("network").GetString());
        Assert.True(report.GetProperty("hateSpeechSeen").GetBoolean());
        Assert.Equal(5, report.GetProperty("harmedTotal").GetInt32());
        var url = report.GetProperty("photos")[0].GetProperty("url").GetString()!;
        var shared = await analyst.GetByteArrayAsync(url, ct);
        var original = await analyst.GetByteArrayAsync(url + "?original=true", ct);
        using var viewer = await Server.ClientForAsync("viewer@field.example", Office, Roles.Viewer);
        using var viewerOriginal = await viewer.GetAsync(url + "?original=true", ct);
        var viewerShared = await viewer.GetByteArrayAsync(url, ct);

        Assert.Null(Gps(shared));
        Assert.False(TestPhotos.HasExif(shared));
        Assert.Equal(photo, original);
        Assert.NotNull(Gps(original));
        Assert.Equal(HttpStatusCode.NotFound, viewerOriginal.StatusCode);
        Assert.Equal(shared, viewerShared);
        var detail = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{report.GetProperty("id").GetGuid()}", ct);
        Assert.Equal("collect:R2D2C3PO", detail.GetProperty("reporter").GetProperty("deviceId").GetString());
    }

    [Fact]
    public async Task OpenRosa_NotAPhoto_RefusedWithAnOpenRosaMessageAndNothingStored()
    {
        var ct = TestContext.Current.CancellationToken;
        await Server.ClientForAsync("monitor@field.example", Office, Roles.Monitor);
        using var collect = new HttpClient { BaseAddress = Server.Address };

        using var answer = await collect.SendAsync(Submission("<script>alert(1)</script>"u8.ToArray()), ct);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("JPEG", await answer.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var analyst = await Server.ClientForAsync("analyst@field.example", Office, Roles.Analyst);
        Assert.Empty((await analyst.GetFromJsonAsync<JsonElement>("/api/v1/reports", ct)).EnumerateArray());
    }

    /// <summary>What ODK Collect posts: multipart/form-data, the instance as xml_submission_file, each photo as a part named by its file.</summary>
    private static HttpRequestMessage Submission(byte[] photo)
    {
        const string instance = """
            <?xml version='1.0' ?><incident id="incident" version="2026120701" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms"><what>Militia gathered weapons near the water point.</what><occurred_on>2026-02-27</occurred_on><place><country>SDN</country><admin1>North Darfur</admin1><admin2>Kutum</admin2><location>14.2021 24.6611 812.0 4.5</location></place><harmed><women>3</women><men/><girls>2</girls><boys>0</boys><unknown/></harmed><perpetrator>rebel-group</perpetrator><warning_signs>7.5 7.14</warning_signs><hate_speech>yes</hate_speech><hate_speech_text>Leaflets calling them cockroaches.</hate_speech_text><network>womens-group</network><details/><photo>1764312345678.jpg</photo><deviceid>collect:R2D2C3PO</deviceid><meta><instanceID>uuid:0b4f1d4e-95d7-4d8b-9f4c-4a3f3c9d1a11</instanceID></meta></incident>
            """;
        var content = new MultipartFormDataContent();
        var xml = new ByteArrayContent(Encoding.UTF8.GetBytes(instance));
        xml.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        content.Add(xml, "xml_submission_file", "xml_submission_file");
        var image = new ByteArrayContent(photo);
        image.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(image, "1764312345678.jpg", "1764312345678.jpg");
        var request = new HttpRequestMessage(HttpMethod.Post, "/submission") { Content = content };
        request.Headers.Authorization = Basic("monitor@field.example", TestServer.Password);
        request.Headers.Add("X-OpenRosa-Version", "1.0");
        return request;
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private static GpsDirectory? Gps(byte[] jpeg)
    {
        using var stream = new MemoryStream(jpeg);
        return MetadataExtractor.Formats.Jpeg.JpegMetadataReader.ReadMetadata(stream).OfType<GpsDirectory>().FirstOrDefault();
    }
}

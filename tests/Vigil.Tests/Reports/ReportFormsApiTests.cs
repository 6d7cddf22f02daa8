using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Reports;

/// <summary>
/// The OpenRosa form list and download as ODK Collect calls them (HTTP Basic with an API key; the xformsList XML, its
/// header and md5 hash), and forms added by admins over the API: versions, conflicts, and 404 for another organisation.
/// </summary>
public sealed class ReportFormsApiTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private static readonly XNamespace FormList = "http://openrosa.org/xforms/xformsList";

    private TestServer Server => fixture.Server;

    [Fact]
    public async Task FormList_Monitor_OpenRosaXmlWhoseHashAndUrlMatchTheDownload()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("monitor@forms.example", "Forms network", Roles.Monitor);

        using var list = await monitor.GetAsync("/formList", ct);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("1.0", Assert.Single(list.Headers.GetValues("X-OpenRosa-Version")));
        Assert.Equal("text/xml", list.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await list.Content.ReadAsStringAsync(ct));
        Assert.Equal(FormList + "xforms", xml.Root!.Name);
        var incident = xml.Root.Elements(FormList + "xform").Single(x => x.Element(FormList + "formID")?.Value == "vigil-incident");
        Assert.False(string.IsNullOrWhiteSpace(incident.Element(FormList + "name")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(incident.Element(FormList + "version")?.Value));
        var url = new Uri(incident.Element(FormList + "downloadUrl")!.Value);
        Assert.True(url.IsAbsoluteUri);
        Assert.EndsWith("/forms/vigil-incident.xml", url.AbsolutePath, StringComparison.Ordinal);

        using var download = await monitor.GetAsync(url.PathAndQuery, ct);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("1.0", Assert.Single(download.Headers.GetValues("X-OpenRosa-Version")));
        var bytes = await download.Content.ReadAsByteArrayAsync(ct);
#pragma warning disable CA5351 // the hash OpenRosa defines
        Assert.Equal(incident.Element(FormList + "hash")!.Value, "md5:" + Convert.ToHexStringLower(MD5.HashData(bytes)));
#pragma warning restore CA5351
        Assert.Contains("vigil-incident", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormList_NobodySignedIn_401WithBasicChallenge()
    {
        using var anonymous = new HttpClient { BaseAddress = Server.Address };

        using var response = await anonymous.GetAsync("/formList", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
    }

    [Fact]
    public async Task FormListAndDownload_BasicWithApiKey_OkAndWrongSecret401()
    {
        var ct = TestContext.Current.CancellationToken;
        using var monitor = await Server.ClientForAsync("collect@forms.example", "Forms network", Roles.Monitor);
        using var created = await monitor.PostAsJsonAsync("/api/v1/auth/keys", new { name = "ODK Collect" }, ct);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("key").GetString()!;

        using var collect = Basic("collect@forms.example", key);
        using var wrong = Basic("collect@forms.example", "not-a-key-nor-the-password");

        Assert.Equal(HttpStatusCode.OK, (await collect.GetAsync("/formList", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await collect.GetAsync("/forms/vigil-incident.xml", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/formList", ct)).StatusCode);
    }

    [Fact]
    public async Task AddForm_Admin_VersionsOfferedNewestConflictRefusedOtherOrganisation404()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await Server.ClientForAsync("admin@forms.example", "Forms network", Roles.Admin);
        using var monitor = await Server.ClientForAsync("monitor@forms.example", "Forms network", Roles.Monitor);
        using var outsider = await Server.ClientForAsync("monitor@other-forms.example", "Other network", Roles.Monitor);

        using var first = await admin.PostAsJsonAsync("/api/v1/forms", new { xml = SampleForms.Valid("water-points", "1"), classification = "restricted" }, ct);
        using var again = await admin.PostAsJsonAsync("/api/v1/forms", new { xml = SampleForms.Valid("water-points", "1"), classification = "restricted" }, ct);
        using var changed = await admin.PostAsJsonAsync("/api/v1/forms", new { xml = SampleForms.Valid("water-points", "1", "Water points, changed"), classification = "restricted" }, ct);
        using var second = await admin.PostAsJsonAsync("/api/v1/forms", new { xml = SampleForms.Valid("water-points", "2", "Water points 2"), classification = "restricted" }, ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var list = XDocument.Parse(await monitor.GetStringAsync("/formList", ct));
        var offered = list.Root!.Elements(FormList + "xform").Single(x => x.Element(FormList + "formID")?.Value == "water-points");
        Assert.Equal("2", offered.Element(FormList + "version")!.Value);
        Assert.Contains("Water points 2", await monitor.GetStringAsync("/forms/water-points.xml", ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/forms/water-points.xml", ct)).StatusCode);
        Assert.DoesNotContain("water-points", await outsider.GetStringAsync("/formList", ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddForm_NoVersion_400NamingTheFieldAndLine()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await Server.ClientForAsync("admin@forms.example", "Forms network", Roles.Admin);

        using var refused = await admin.PostAsJsonAsync("/api/v1/forms", new { xml = SampleForms.Valid().Replace(" version=\"1\"", "", StringComparison.Ordinal) }, ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync(ct);
        Assert.Contains("version", body, StringComparison.Ordinal);
        Assert.Contains("Line 10", body, StringComparison.Ordinal);
    }

    private HttpClient Basic(string user, string password)
    {
        var client = new HttpClient { BaseAddress = Server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return client;
    }
}

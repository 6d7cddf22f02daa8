using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Reports;

/// <summary>The SMS webhooks of each gateway: signed in by the gateway's secret, idempotent by message id, parts joined, a reply.</summary>
public sealed class SmsInboundTests : IAsyncLifetime
{
    private const string Secret = "sms-gateway-secret-0123456789";
    private TestServer? _server;

    private TestServer Server => _server!;

    public async ValueTask InitializeAsync()
    {
        _server = await TestServer.StartAsync(TestStore.Sqlite(), b =>
        {
            foreach (var gateway in new[] { "twilio", "rapidpro", "generic" })
            {
                b.Configuration[$"Vigil:Sms:Gateways:{gateway}:Secret"] = Secret;
                b.Configuration[$"Vigil:Sms:Gateways:{gateway}:Organization"] = "SMS network";
            }
        });
        (await Server.ClientForAsync("analyst@sms.example", "SMS network", Roles.Analyst)).Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Twilio_RedeliveredMessage_OneReport_TwiMLReplyBothTimes()
    {
        var ct = TestContext.Current.CancellationToken;
        // Twilio joins the segments of a long message itself and says how many there were.
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM0123456789abcdef0123456789abcdef", ["From"] = "+249912345678", ["NumSegments"] = "2",
            ["Body"] = "VR SDN \"North Darfur\" armed men burned the market at Kabkabiya this morning and threatened the traders who stayed behind",
        };

        var first = await PostAsync("twilio", new FormUrlEncodedContent(form), ct);
        var second = await PostAsync("twilio", new FormUrlEncodedContent(form), ct);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.StartsWith("<?xml", first.Body, StringComparison.Ordinal);
        Assert.Contains("<Response><Message>Vigil: report received", first.Body, StringComparison.Ordinal);
        Assert.Equal(first.Body, second.Body);
        var report = Assert.Single((await ReportsAsync(ct)).EnumerateArray());
        Assert.Equal("North Darfur", report.GetProperty("location").GetProperty("admin1").GetString());
        Assert.Equal("sms", report.GetProperty("channel").GetString());
        Assert.EndsWith("traders who stayed behind", report.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RapidPro_RedeliveredWebhook_OneReport_JsonReply()
    {
        var ct = TestContext.Current.CancellationToken;
        var body = """
            {"contact":{"uuid":"c1","name":"","urn":"tel:+249912345678"},"flow":{"uuid":"f1","name":"Vigil"},"path":[],"results":{},
             "run":{"uuid":"r1","created_on":"2026-03-01T10:00:00Z"},
             "input":{"uuid":"9a8b7c6d-0000-4000-8000-000000000001","created_on":"2026-03-01T10:00:00Z","channel":{"uuid":"ch","name":"MTN"},
                      "urn":"tel:+249912345678","text":"vr|c|SDN|a1|South Kordofan|w|Homes of one group marked with paint|s|7.12|n|youth-group","attachments":[]},
             "channel":{"uuid":"ch","name":"MTN"}}
            """;

        var first = await PostAsync("rapidpro", new StringContent(body, Encoding.UTF8, "application/json"), ct);
        var second = await PostAsync("rapidpro", new StringContent(body, Encoding.UTF8, "application/json"), ct);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        var reply = JsonDocument.Parse(first.Body).RootElement;
        Assert.StartsWith("Vigil: report received", reply.GetProperty("reply").GetString(), StringComparison.Ordinal);
        Assert.False(reply.GetProperty("repeated").GetBoolean());
        Assert.True(JsonDocument.Parse(second.Body).RootElement.GetProperty("repeated").GetBoolean());
        var report = Assert.Single((await ReportsAsync(ct)).EnumerateArray());
        Assert.Equal("South Kordofan", report.GetProperty("location").GetProperty("admin1").GetString());
        Assert.Equal("youth-group", report.GetProperty("network").GetString());
        Assert.Equal("7.12", report.GetProperty("warningSigns")[0].GetString());
    }

    [Fact]
    public async Task Generic_PartsOutOfOrderAndRedelivered_JoinedIntoOneReport()
    {
        var ct = TestContext.Current.CancellationToken;
        object Part(string id, int part, string text) => new { id, from = "+249 91 234 5678", text, part, parts = 3, @ref = "42" };

        var third = await PostAsync("generic", JsonContent.Create(Part("m3", 3, " the water point.")), ct);
        var first = await PostAsync("generic", JsonContent.Create(Part("m1", 1, "VR SDN Kassala militia gathered ")), ct);
        var firstAgain = await PostAsync("generic", JsonContent.Create(Part("m1", 1, "VR SDN Kassala militia gathered ")), ct);
        var beforeLast = await ReportsAsync(ct);
        var second = await PostAsync("generic", JsonContent.Create(Part("m2", 2, "weapons near")), ct);
        var secondAgain = await PostAsync("generic", JsonContent.Create(Part("m2", 2, "weapons near")), ct);

        Assert.Equal("", JsonDocument.Parse(third.Body).RootElement.GetProperty("reply").GetString());
        Assert.Equal("", JsonDocument.Parse(first.Body).RootElement.GetProperty("reply").GetString());
        Assert.True(JsonDocument.Parse(firstAgain.Body).RootElement.GetProperty("repeated").GetBoolean());
        Assert.Empty(beforeLast.EnumerateArray());
        Assert.StartsWith("Vigil: report received", JsonDocument.Parse(second.Body).RootElement.GetProperty("reply").GetString(), StringComparison.Ordinal);
        Assert.Equal(second.Body.Replace("false", "true", StringComparison.Ordinal), secondAgain.Body);
        var report = Assert.Single((await ReportsAsync(ct)).EnumerateArray());
        Assert.Equal("militia gathered weapons near the water point.", report.GetProperty("text").GetString());
        Assert.Equal("Kassala", report.GetProperty("location").GetProperty("admin1").GetString());
    }

    [Fact]
    public async Task Gateway_WrongSecretOrNotSetUp_RefusedAndNothingStored()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = new HttpClient { BaseAddress = Server.Address };
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sms/inbound/generic")
        {
            Content = JsonContent.Create(new { id = "x1", from = "+1555", text = "VR SDN Kassala fire" }),
        };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guessed-secret-guessed-secret");
        using var refused = await anonymous.SendAsync(wrong, ct);
        using var unknown = await anonymous.PostAsJsonAsync("/api/v1/sms/inbound/nexmo", new { id = "x2" }, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty((await ReportsAsync(ct)).EnumerateArray());
    }

    [Fact]
    public async Task Generic_NotAReport_RepliesWithTheSyntax()
    {
        var ct = TestContext.Current.CancellationToken;

        var answer = await PostAsync("generic", JsonContent.Create(new { id = "hello-1", from = "+249912345678", text = "hello?" }), ct);

        Assert.Contains("VR <country code>", JsonDocument.Parse(answer.Body).RootElement.GetProperty("reply").GetString(), StringComparison.Ordinal);
        Assert.Empty((await ReportsAsync(ct)).EnumerateArray());
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string gateway, HttpContent content, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = Server.Address };
        // Twilio sends the credentials of the webhook URL (https://vigil:SECRET@host/...) as HTTP Basic.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("vigil:" + Secret)));
        using var response = await client.PostAsync($"/api/v1/sms/inbound/{gateway}", content, ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    private async Task<JsonElement> ReportsAsync(CancellationToken ct)
    {
        using var analyst = await Server.ClientForAsync("analyst@sms.example", "SMS network", Roles.Analyst);
        return await analyst.GetFromJsonAsync<JsonElement>("/api/v1/reports", ct);
    }
}

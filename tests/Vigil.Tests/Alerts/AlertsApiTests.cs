using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Events.Escalation;
using Vigil.Events.Import;
using Vigil.Tests.Events;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Alerts;

/// <summary>Signals from the CAR escalation become alerts over HTTP; duplicates merge; the lifecycle is enforced.</summary>
public sealed class AlertsApiTests
{
    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task RaiseThenSteps_CarSignals_NearbySignalsMergedAndForwardOnlyLifecycle(string provider)
    {
        var car = SharedData.Events("acled/1900-01-01-2022-12-10-Central_African_Republic.csv");
        var store = provider == EventStore.Postgres ? await TestStore.PostgresAsync() : TestStore.Sqlite();
        if (store is null)
        {
            Assert.Skip($"PostgreSQL not configured: set {TestStore.PostgresVariable}.");
        }
        await using var server = await TestServer.StartAsync(store);
        var ct = TestContext.Current.CancellationToken;
        await server.Services.GetRequiredService<EventImporter>().ImportAsync(new EventImportRequest([car]), null, ct);
        await server.Services.GetRequiredService<EscalationScan>().RunAsync(0, false, null, new EscalationOptions(), ct);

        using var raise = await server.Client.PostAsync("/api/v1/alerts/raise", null, ct);
        raise.EnsureSuccessStatusCode();
        var alerts = (await server.GetJsonAsync("/api/v1/alerts")).EnumerateArray().ToList();
        Assert.All(alerts, a => Assert.Equal("CAF", a.GetProperty("country").GetString()));
        // Dec 2013 (fatalities) and Jan 2014 (events) are one episode: merged into one alert.
        var bangui = Assert.Single(alerts, a => a.GetProperty("firstMonth").GetString() == "2013-12");
        Assert.Equal(("2014-01", 2), (bangui.GetProperty("lastMonth").GetString(), bangui.GetProperty("signals").GetInt32()));
        // July 2013's civilian deaths, in one episode with April's, which severity by size (at least 50 killed) now raises to moderate.
        var only = Assert.Single(alerts, a => a.GetProperty("lastMonth").GetString() == "2013-07");

        using var again = await server.Client.PostAsync("/api/v1/alerts/raise", null, ct);
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct)).GetProperty("raised").GetInt32());

        var id = only.GetProperty("id").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/alerts/{id}/escalate") { Content = JsonContent.Create(new { note = "to the Special Adviser" }) };
        (await server.Client.SendAsync(request, ct)).EnsureSuccessStatusCode();
        using var viewer = await server.ClientForAsync("viewer@test.example", role: "viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/v1/alerts/{id}/action", JsonContent.Create(new { }), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.PostAsJsonAsync("/api/v1/alerts/rules", new { name = "analyst rule" }, ct)).StatusCode);
        using var back = await server.Client.PostAsync($"/api/v1/alerts/{id}/acknowledge", JsonContent.Create(new { }), ct);
        Assert.Equal(HttpStatusCode.Conflict, back.StatusCode);

        var detail = await server.GetJsonAsync($"/api/v1/alerts/{id}");
        var last = detail.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("analyst@test.example", "escalated"), (last.GetProperty("by").GetString(), last.GetProperty("to").GetString()));
        Assert.Contains(detail.GetProperty("signals").EnumerateArray(), s => s.GetProperty("month").GetString() == "2013-07");
    }
}

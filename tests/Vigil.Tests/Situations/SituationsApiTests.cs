using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Situations;

/// <summary>The shapes issue 11's interfaces name, over HTTP, and 404 for a situation of another organisation.</summary>
public sealed class SituationsApiTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    [Fact]
    public async Task OpenActAndRead_InterfaceShapes_AndOtherOrganisationGets404()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await fixture.Server.ClientForAsync("sit-analyst@api.example", "Situation office", Roles.Analyst);
        using var other = await fixture.Server.ClientForAsync("sit-other@api.example", "Another office", Roles.Analyst);

        using var created = await analyst.PostAsJsonAsync("/api/v1/situations", new { countryIso3 = "ssd", title = "Jonglei", summary = "Cattle raids.", classification = "restricted" }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();

        using var status = await analyst.PostAsJsonAsync($"/api/v1/situations/{id}/status", new { status = "early-warning", reason = "raids spread", at = "2026-01-03" }, ct);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        using var future = await analyst.PostAsJsonAsync($"/api/v1/situations/{id}/status", new { status = "early-action", reason = "x", at = "2999-01-01" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await future.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("errors").TryGetProperty("at", out _));
        using var badKind = await analyst.PostAsJsonAsync($"/api/v1/situations/{id}/actions", new { actorKind = "martians", actorName = "x", option = "mediation", date = "2026-01-05", description = "x" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        using var action = await analyst.PostAsJsonAsync($"/api/v1/situations/{id}/actions", new
        {
            actorKind = "womens-group", actorName = "Women's network", option = "civil-society-support", date = "2026-01-05", description = "Dialogue",
            channel = "community meetings", stance = "engagement", commitments = new[] { new { text = "Ceasefire between clans", party = "Elders", due = "2026-02-01", genderProvision = true } },
        }, ct);
        Assert.Equal(HttpStatusCode.Created, action.StatusCode);

        var situation = await (await analyst.GetAsync($"/api/v1/situations/{id}", ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
        foreach (var key in new[] { "id", "status", "trend", "warningToActionDays", "proposedOptions", "uncoveredRiskFactors", "actions", "alerts", "reviews", "coordination" })
        {
            Assert.True(situation.TryGetProperty(key, out _), key);
        }
        Assert.Equal("early-warning", situation.GetProperty("status").GetString());
        Assert.Equal(2, situation.GetProperty("warningToActionDays").GetProperty("latest").GetInt32());
        var coordination = situation.GetProperty("coordination");
        Assert.Equal(JsonValueKind.Null, coordination.GetProperty("lead").ValueKind);
        Assert.Equal(0, coordination.GetProperty("competingChannels").GetArrayLength());
        var recorded = situation.GetProperty("actions")[0];
        Assert.Equal(("womens-group", "civil-society-support"), (recorded.GetProperty("actorKind").GetString(), recorded.GetProperty("option").GetString()));
        Assert.True(recorded.GetProperty("commitments")[0].GetProperty("genderProvision").GetBoolean());

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/situations/{id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/situations/{id}/brief?format=md", ct)).StatusCode);
        // The brief carries the situation's status, its actions and commitments, in the language asked for.
        var brief = await analyst.GetStringAsync($"/api/v1/situations/{id}/brief?format=md&lang=en", ct);
        Assert.Contains("Jonglei", brief, StringComparison.Ordinal);
        Assert.Contains("Ceasefire between clans", brief, StringComparison.Ordinal);
        Assert.Contains("Women", brief, StringComparison.Ordinal);
        var briefZh = await analyst.GetStringAsync($"/api/v1/situations/{id}/brief?format=html&lang=zh", ct);
        Assert.Contains("lang=\"zh", briefZh, StringComparison.Ordinal);
        Assert.Contains("南苏丹", briefZh, StringComparison.Ordinal);
        using var badFormat = await analyst.GetAsync($"/api/v1/situations/{id}/brief?format=docx", ct);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        using var foreignStatus = await other.PostAsJsonAsync($"/api/v1/situations/{id}/status", new { status = "closed", reason = "x", outcome = "averted" }, ct);
        Assert.Equal(HttpStatusCode.NotFound, foreignStatus.StatusCode);
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/v1/situations", ct)).EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);

        var options = (await analyst.GetFromJsonAsync<JsonElement>("/api/v1/options", ct)).EnumerateArray().ToList();
        Assert.Equal(13, options.Count);
        var mediation = Assert.Single(options, o => o.GetProperty("id").GetString() == "mediation");
        Assert.Equal("调解与谈判", mediation.GetProperty("title").GetProperty("zh").GetString());
        Assert.Contains("RF1", mediation.GetProperty("riskFactors").EnumerateArray().Select(f => f.GetString()));
    }
}

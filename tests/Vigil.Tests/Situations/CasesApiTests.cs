using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Security;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Situations;

/// <summary>/api/v1/cases: enter a case, find it by an English and a Chinese search, 404 for another organisation, errors naming the field.</summary>
public sealed class CasesApiTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private TestServer Server => fixture.Server;

    public static object Case(string classification = "internal", string rating = "strong") => new
    {
        countryIso3 = "KEN",
        title = new { en = "Kenya: county peace committees, 2022", zh = "肯尼亚：2022年县和平委员会" },
        summary = new { en = "Peace committees in the Rift Valley defused disputes before the vote.", zh = "裂谷省的和平委员会在投票前化解了争端。" },
        periodStart = "2022-05",
        periodEnd = "2022-08-15",
        outcome = "averted",
        timeline = new[] { new { date = "2022-08-09", text = new { en = "Election day passes calmly.", zh = "选举日平静度过。" } } },
        options = new[] { "community-self-protection", "mediation" },
        actors = new[] { new { name = new { en = "County peace committee", zh = "县和平委员会" }, kind = "local-community" } },
        factors = new[] { new { factor = "civil-society-participation", rating, evidence = new { en = "Women's groups sat on the committees.", zh = "妇女团体参加了委员会。" } } },
        sources = new[] { new { citation = "Committee minutes", url = "https://example.org/minutes" } },
        classification,
    };

    [Fact]
    public async Task Create_ThenSearchInEnglishAndChinese_FoundByItsOrganisationOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await Server.ClientForAsync("analyst@cases.example", "Cases office", Roles.Analyst);
        using var other = await Server.ClientForAsync("analyst@other-cases.example", "Other cases office", Roles.Analyst);

        using var created = await analyst.PostAsJsonAsync("/api/v1/cases", Case(), ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
        foreach (var q in new[] { "peace committees", "和平委员会", "裂谷", "RIFT" })
        {
            var found = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/cases?q={Uri.EscapeDataString(q)}", ct);
            Assert.Contains(found.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        }
        var factors = (await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{id}", ct)).GetProperty("factors");
        Assert.Equal(6, factors.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{id}", ct)).StatusCode);
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/v1/cases?q=和平委员会", ct)).EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Create_UnknownRating_400NamingTheField()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await Server.ClientForAsync("analyst@cases.example", "Cases office", Roles.Analyst);

        using var refused = await analyst.PostAsJsonAsync("/api/v1/cases", Case(rating: "good"), ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("factors[0].rating", out _), problem.ToString());
    }

    [Fact]
    public async Task Analysis_CaseEntered_CountedWithCaution()
    {
        var ct = TestContext.Current.CancellationToken;
        using var analyst = await Server.ClientForAsync("analyst@analysis.example", "Analysis office", Roles.Analyst);
        (await analyst.PostAsJsonAsync("/api/v1/cases", Case("restricted"), ct)).EnsureSuccessStatusCode();

        var analysis = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/cases/analysis", ct);

        var row = analysis.GetProperty("options").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "community-self-protection");
        Assert.True(row.GetProperty("outcomes").GetProperty("averted").GetInt32() >= 1);
        Assert.True(row.GetProperty("outcomes").GetProperty("caution").GetBoolean());
    }
}

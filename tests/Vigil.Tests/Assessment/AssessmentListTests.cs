using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Assessment;

/// <summary>
/// One assessment list (<c>ListAssessmentsAsync</c>) behind <c>GET /api/v1/assessments</c> and <c>vigil assessments list</c>: the same
/// rows in the same order (by country, newest "as of" first), the API's limited to what the caller may see.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class AssessmentListTests
{
    [Fact]
    public async Task ApiAndCli_SameStore_SameAssessmentsInTheSameOrder()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var earlier = await CreateAsync(server.Client, "CAF", "2026-09-30", "public");
        var later = await CreateAsync(server.Client, "CAF", "2026-12-31", "public");
        var restricted = await CreateAsync(server.Client, "MLI", "2026-06-30", "restricted");
        using var outsider = await server.ClientForAsync("analyst@outsider.example", "Outsider office");

        var all = await ListAsync(server.Client, "");
        var (exit, output) = await ConsoleCapture.RunAsync("assessments", "list", "--data-dir", server.Store.Target.DataDirectory);
        var (caf, cafOutput) = await ConsoleCapture.RunAsync("assessments", "list", "--country", "caf", "--data-dir", server.Store.Target.DataDirectory);

        Assert.Equal([later, earlier, restricted], all);
        Assert.Equal((0, 0), (exit, caf));
        Assert.Equal(all, Ids(output));
        Assert.Equal([later, earlier], Ids(cafOutput));
        Assert.Equal([later, earlier], await ListAsync(server.Client, "?country=caf"));
        Assert.Equal([later, earlier], await ListAsync(outsider, ""));
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string iso3, string asOf, string classification)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = iso3, title = "Review " + asOf, asOf, classification });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid[]> ListAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/assessments" + query)).EnumerateArray().Select(a => a.GetProperty("id").GetGuid())];

    private static Guid[] Ids(string output) =>
        [.. Regex.Matches(output, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").Select(m => Guid.Parse(m.Value))];
}

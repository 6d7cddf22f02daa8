using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Speech;
using Vigil.Speech.Classification;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech.Classification;

/// <summary>The Perspective-compatible endpoint answers in Perspective's shape to a Vigil API key passed as ?key=, refuses
/// callers without a key, and answers 400 to an attribute Perspective would not know.</summary>
public sealed class PerspectiveApiTests
{
    /// <summary>90 English rows of our own, 30 per class, in data set "own": enough for a model that tells them apart.</summary>
    internal static List<SpeechExample> TinyEnglish()
    {
        List<SpeechExample> examples = [];
        for (var i = 0; i < 30; i++)
        {
            examples.Add(new($"h{i}", "they are vermin, kill them", SpeechLabel.Hate, "en", "own"));
            examples.Add(new($"o{i}", "shut up you idiot", SpeechLabel.Offensive, "en", "own"));
            examples.Add(new($"n{i}", "lovely weather today", SpeechLabel.Normal, "en", "own"));
        }
        return examples;
    }

    private static async Task<TestServer> ServerWithModelAsync()
    {
        var server = await TestServer.StartAsync(TestStore.Sqlite());
        SpeechModelTrainer.Train(TinyEnglish(), TimeProvider.System, bits: 12).Save(SpeechModel.PathIn(server.Store.Target.DataDirectory));
        return server;
    }

    private static async Task<string> KeyAsync(TestServer server)
    {
        using var created = await server.Client.PostAsJsonAsync("/api/v1/auth/keys", new { name = "perspective client" });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private static object Request(params string[] attributes) => new
    {
        comment = new { text = "they are vermin, kill them" },
        languages = new[] { "en" },
        requestedAttributes = attributes.ToDictionary(a => a, _ => new { }),
    };

    [Fact]
    public async Task Analyze_KeyInQuery_AnswersInPerspectiveShape()
    {
        await using var server = await ServerWithModelAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        using var response = await client.PostAsJsonAsync($"/v1alpha1/comments:analyze?key={Uri.EscapeDataString(await KeyAsync(server))}",
            Request("TOXICITY", "THREAT", "IDENTITY_ATTACK"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var scores = body.GetProperty("attributeScores");
        Assert.Equal(["IDENTITY_ATTACK", "THREAT", "TOXICITY"], scores.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var toxicity = scores.GetProperty("TOXICITY");
        Assert.Equal("PROBABILITY", toxicity.GetProperty("summaryScore").GetProperty("type").GetString());
        Assert.InRange(toxicity.GetProperty("summaryScore").GetProperty("value").GetDouble(), 0.5, 1);
        Assert.Equal(0.9, scores.GetProperty("THREAT").GetProperty("summaryScore").GetProperty("value").GetDouble(), 6);
        Assert.Equal(0, toxicity.GetProperty("spanScores")[0].GetProperty("begin").GetInt32());
        Assert.Equal("en", body.GetProperty("languages")[0].GetString());
        Assert.Equal("en", body.GetProperty("detectedLanguages")[0].GetString());
    }

    [Fact]
    public async Task Analyze_NoKey_Unauthorized()
    {
        await using var server = await ServerWithModelAsync();
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        using var response = await anonymous.PostAsJsonAsync("/v1alpha1/comments:analyze?key=not-a-key", Request("TOXICITY"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var none = await anonymous.PostAsJsonAsync("/v1alpha1/comments:analyze", Request("TOXICITY"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
    }

    [Fact]
    public async Task Analyze_UnknownAttribute_BadRequestNamingIt()
    {
        await using var server = await ServerWithModelAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", await KeyAsync(server));
        using var response = await client.PostAsJsonAsync("/v1alpha1/comments:analyze", Request("TOXICITY", "FLIRTATION"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("error");
        Assert.Equal(400, error.GetProperty("code").GetInt32());
        Assert.Contains("FLIRTATION", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}

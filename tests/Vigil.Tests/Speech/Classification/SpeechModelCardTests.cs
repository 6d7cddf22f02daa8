using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Speech.Classification;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Speech.Classification;

/// <summary>The classifier's model card, by API and page: "none yet" before training, then the training sets with their
/// rows, and per language the out-of-fold macro-F1 the model file holds; the page in English and Chinese.</summary>
public sealed class SpeechModelCardTests
{
    [Fact]
    public async Task ModelCard_BeforeAndAfterTraining_SaysNoneThenTheModelsFigures()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        using (var none = await server.Client.GetAsync("/api/v1/speech/model", ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        }
        Assert.Contains("id=\"no-model\"", await server.Client.GetStringAsync("/speech/model", ct), StringComparison.Ordinal);
        using (var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address })
        {
            using var signIn = await anonymous.GetAsync("/speech/model", ct);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.StartsWith("/login", signIn.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            using var api = await anonymous.GetAsync("/api/v1/speech/model", ct);
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        }

        var model = SpeechModelTrainer.Train(PerspectiveApiTests.TinyEnglish(), TimeProvider.System, bits: 12);
        model.Save(SpeechModel.PathIn(server.Store.Target.DataDirectory));

        var card = await server.Client.GetFromJsonAsync<JsonElement>("/api/v1/speech/model", ct);
        var trainedOn = card.GetProperty("trainedOn").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("rows").GetInt32());
        Assert.Equal(90, trainedOn["own"]);
        Assert.Equal(IdentityExamples.For(["en"]).Count, trainedOn[IdentityExamples.Dataset]);
        var english = Assert.Single(card.GetProperty("languages").EnumerateArray());
        Assert.Equal("en", english.GetProperty("code").GetString());
        Assert.Equal(model.Languages["en"].CrossValidatedMacroF1, english.GetProperty("crossValidatedMacroF1").GetDouble(), 9);
        Assert.False(english.GetProperty("abuseHead").GetBoolean());

        var page = await server.Client.GetStringAsync("/speech/model", ct);
        Assert.Contains("<td class=\"nowrap\">English <span class=\"hint\">(en)</span></td>", page, StringComparison.Ordinal);
        Assert.Contains(model.Languages["en"].CrossValidatedMacroF1.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        Assert.Contains("<td><code>own</code></td><td class=\"num\">90</td>", page, StringComparison.Ordinal);
        var chinese = await server.Client.GetStringAsync("/speech/model?culture=zh-Hans", ct);
        Assert.Contains("<td class=\"nowrap\">英语 <span class=\"hint\">(en)</span></td>", chinese, StringComparison.Ordinal);
    }
}

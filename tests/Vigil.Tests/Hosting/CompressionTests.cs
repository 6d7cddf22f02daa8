using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Vigil.App.Hosting;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Hosting;

public sealed class CompressionTests
{
    [Fact]
    public async Task EditorPage_BrowserAcceptsBrotli_SentCompressedAndReadsBackWhole()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var ct = TestContext.Current.CancellationToken;
        using var created = await server.Client.PostAsJsonAsync("/api/v1/assessments", new { countryIso3 = "CAF", title = "Compression check", asOf = "2026-09-30" }, ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString();
        using var raw = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = server.Address };
        raw.DefaultRequestHeaders.Authorization = server.Client.DefaultRequestHeaders.Authorization;
        raw.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");

        using var response = await raw.GetAsync($"/assessments/{id}/edit", ct);

        response.EnsureSuccessStatusCode();
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync(ct);
        await using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli);
        var html = await reader.ReadToEndAsync(ct);
        Assert.Contains("Compression check", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
        Assert.True(compressed.Length * 5 < html.Length, $"{compressed.Length} compressed bytes for {html.Length} characters");
    }

    [Fact]
    public void KeepUncompressedOverHttps_SetsTheHttpsModeToDoNotCompress()
    {
        var context = new DefaultHttpContext();
        var feature = new HttpsCompression();
        context.Features.Set<IHttpsCompressionFeature>(feature);

        context.KeepUncompressedOverHttps();

        Assert.Equal(HttpsCompressionMode.DoNotCompress, feature.Mode);
    }

    private sealed class HttpsCompression : IHttpsCompressionFeature
    {
        public HttpsCompressionMode Mode { get; set; }
    }
}

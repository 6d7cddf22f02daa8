using System.Net;
using Vigil.Forecasting;

namespace Vigil.Tests.Forecasting;

public sealed class ForecastDataSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-forecast-cache-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Answers every request with one status and body, counting calls (no network).</summary>
    private sealed class StubHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) });
        }
    }

    [Fact]
    public async Task ResolveAsync_Url_DownloadsOnceThenReadsTheCache()
    {
        var handler = new StubHandler(HttpStatusCode.OK, "ewp_name,year\n");
        using var http = new HttpClient(handler);
        var url = "https://example.org/data/table.csv";
        var first = await ForecastDataSource.ResolveAsync(url, _dir, http, TestContext.Current.CancellationToken);
        var second = await ForecastDataSource.ResolveAsync(url, _dir, http, TestContext.Current.CancellationToken);
        Assert.Equal(first, second);
        Assert.Equal(1, handler.Calls);
        Assert.StartsWith(Path.Combine(_dir, "cache", "forecasting"), first);
        Assert.Equal("ewp_name,year\n", await File.ReadAllTextAsync(first, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ResolveAsync_HttpError_NamesTheUrlAndLeavesNoCache()
    {
        using var http = new HttpClient(new StubHandler(HttpStatusCode.NotFound, "missing"));
        var url = "https://example.org/data/gone.csv";
        var error = await Assert.ThrowsAsync<ForecastDataException>(() =>
            ForecastDataSource.ResolveAsync(url, _dir, http, TestContext.Current.CancellationToken));
        Assert.Contains(url, error.Message);
        Assert.Contains("404", error.Message);
        Assert.False(File.Exists(ForecastDataSource.CachePath(url, _dir)));
    }

    [Fact]
    public async Task ResolveAsync_Path_IsUsedAsIs()
    {
        var path = await ForecastDataSource.ResolveAsync("relative/table.csv", _dir, null, TestContext.Current.CancellationToken);
        Assert.Equal(Path.GetFullPath("relative/table.csv"), path);
    }
}

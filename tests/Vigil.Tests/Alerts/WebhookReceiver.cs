using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vigil.Tests.Alerts;

/// <summary>
/// A local Kestrel endpoint on 127.0.0.1 that records webhook posts (with the cookies they carried) and fails the first
/// <c>failures</c> of them with 500; optionally it sets a cookie on every answer, or answers 307 to <c>redirectTo</c>.
/// Vigil delivers to it only when the test server allows private addresses (<see cref="AllowLoopback"/>).
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app, int failures)
    {
        _app = app;
        _failuresLeft = failures;
    }

    public sealed record Received(string Body, string? Signature, string? Cookie);

    public ConcurrentQueue<Received> Posts { get; } = new();
    public int Attempts => _attempts;
    private int _attempts;
    public Uri Url { get; private set; } = new("http://127.0.0.1");

    /// <summary>Lets the Vigil test server deliver to loopback receivers like this one.</summary>
    public static void AllowLoopback(WebApplicationBuilder server) => server.Configuration["Vigil:Webhooks:AllowPrivateAddresses"] = "true";

    public static async Task<WebhookReceiver> StartAsync(int failures, string? setCookie = null, Uri? redirectTo = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failures);
        app.MapPost("/hook", async (HttpContext http) =>
        {
            Interlocked.Increment(ref receiver._attempts);
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            if (setCookie is not null)
            {
                http.Response.Headers.SetCookie = setCookie;
            }
            if (redirectTo is not null)
            {
                return Results.Redirect(redirectTo.ToString(), permanent: false, preserveMethod: true);
            }
            if (Interlocked.Decrement(ref receiver._failuresLeft) >= 0)
            {
                return Results.StatusCode(500);
            }
            receiver.Posts.Enqueue(new Received(body, http.Request.Headers["X-Vigil-Signature"].FirstOrDefault(), http.Request.Headers.Cookie.FirstOrDefault()));
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

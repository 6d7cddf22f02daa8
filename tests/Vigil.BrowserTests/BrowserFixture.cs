using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Vigil.App.Hosting;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.BrowserTests;

/// <summary>
/// The real Vigil server on a free loopback port over a temporary SQLite store, and
/// Debian's Chromium driven by Playwright (it cannot download its own browsers here).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private string _dataDir = "";

    public const string Email = "browser-analyst@test.example";
    public static readonly string Password = "pw-" + Guid.NewGuid().ToString("n");

    public IBrowser? Browser { get; private set; }
    public Uri Address { get; private set; } = new("http://127.0.0.1");
    public IServiceProvider Services => _app!.Services;

    public static string? ChromiumPath =>
        new[] { Environment.GetEnvironmentVariable("VIGIL_TEST_CHROMIUM"), "/usr/bin/chromium" }
            .FirstOrDefault(p => !string.IsNullOrWhiteSpace(p) && File.Exists(p));

    public async ValueTask InitializeAsync()
    {
        _dataDir = Path.Combine(Path.GetTempPath(), "vigil-browser-tests", Guid.NewGuid().ToString("n"));
        _app = await VigilWebHost.BuildAsync(new DatabaseTarget(_dataDir, null), "http://127.0.0.1:0", CancellationToken.None,
            b =>
            {
                b.Logging.SetMinimumLevel(LogLevel.Warning);
                // The admin the accessibility test signs in with uses a password only; the two-factor flow has its own tests
                // (tests/Vigil.Tests/Security/TwoFactorTests.cs).
                b.Configuration["Vigil:TwoFactor:RequiredForAdmins"] = "false";
                // The speech review pages need posts with a verdict; the real model takes minutes to train.
                b.Services.AddSingleton<Vigil.Speech.ISpeechClassifier>(new BrowserSpeechClassifier());
            });
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AddUser>()
                .RunAsync(new(Email, "Browser test office", Roles.Analyst, Password, OrganizationKind.Un), CancellationToken.None);
        }
        if (ChromiumPath is null)
        {
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context, signed in through the login page (as the fixture's analyst, or as another user made with <see cref="Password"/>).</summary>
    public async Task<IPage> SignedInPageAsync(bool javaScript = true, string email = Email)
    {
        var page = await NewPageAsync(javaScript);
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>A fresh browser context (own cookies) on the server; skips the test when Chromium is missing.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        if (Browser is null)
        {
            Assert.Skip("Chromium is not installed (apt-get install chromium, or run ./test which installs it).");
        }
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), Locale = "en-GB", JavaScriptEnabled = javaScript });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp directory if a file is still held.
        }
    }
}

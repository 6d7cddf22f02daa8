using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Security;
using Vigil.Tests.Reports;

namespace Vigil.BrowserTests;

/// <summary>
/// The monitors' web form in Chromium: two reports filled in with no connection wait on the device, and exactly two
/// arrive when it returns (issue 13's "Done when"); the photo attached to one (a JPEG with a GPS tag) follows it, once,
/// and the copy others see has no GPS.
/// </summary>
public sealed class WebFormTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Monitor = "browser-monitor@test.example";

    [Fact]
    public async Task Offline_TwoReportsSubmitted_ExactlyTwoArriveWhenOnline()
    {
        var page = await SignedInMonitorAsync();
        var marker = Guid.NewGuid().ToString("n")[..10];
        await page.GotoAsync("/reports/form");
        await page.GetByLabel("What happened?").WaitForAsync();

        await page.Context.SetOfflineAsync(true);
        await page.GetByLabel("Photo", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "gps.jpg", MimeType = "image/jpeg", Buffer = TestPhotos.WithGps() });
        await FillAndSubmitAsync(page, $"Checkpoint closed, first {marker}");
        await FillAndSubmitAsync(page, $"Market burned, second {marker}");

        await Assertions.Expect(page.Locator("[data-count=queued]")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("[data-count=sent]")).ToHaveTextAsync("0");
        Assert.Equal(0, await ArrivedAsync(page, marker));

        await page.Context.SetOfflineAsync(false);

        await Assertions.Expect(page.Locator("[data-count=sent]")).ToHaveTextAsync("2", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-count=queued]")).ToHaveTextAsync("0");
        Assert.Equal(2, await ArrivedAsync(page, marker));
        // A reload sends nothing again: the queue knows what went.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-count=sent]")).ToHaveTextAsync("2");
        Assert.Equal(2, await ArrivedAsync(page, marker));
        var photos = await PhotosAsync(page, marker);
        Assert.Empty(photos[$"second {marker}"]);
        var url = Assert.Single(photos[$"first {marker}"]);
        var shared = await (await page.Context.APIRequest.GetAsync(url)).BodyAsync();
        Assert.True(shared.Length > 0);
        Assert.False(TestPhotos.HasExif(shared), "the shared copy still carries EXIF (GPS)");
    }

    /// <summary>The photo links of each report carrying the marker, by the marker's "first …"/"second …" words.</summary>
    private static async Task<Dictionary<string, List<string>>> PhotosAsync(IPage page, string marker)
    {
        var response = await page.Context.APIRequest.GetAsync("/api/v1/reports?country=SSD");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.EnumerateArray()
            .Select(r => (Match: Regex.Match(r.GetProperty("text").GetString()!, $"(first|second) {marker}"), Report: r))
            .Where(x => x.Match.Success)
            .ToDictionary(x => x.Match.Value, x => x.Report.GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("url").GetString()!).ToList());
    }

    private static async Task FillAndSubmitAsync(IPage page, string what)
    {
        await page.GetByLabel("What happened?").FillAsync(what);
        await page.GetByLabel("When did it happen?").FillAsync("2026-11-30");
        await page.GetByLabel("Country (ISO 3166").FillAsync("SSD");
        await page.GetByLabel("Region or state").FillAsync("Jonglei");
        await page.GetByLabel("Women (25–59)").FillAsync("2");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Militia", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Weapons or ammunition being gathered" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "No", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Women's group" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and send" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved on this device")).ToBeVisibleAsync();
    }

    /// <summary>How many stored reports carry the marker, read as the monitor through the API.</summary>
    private static async Task<int> ArrivedAsync(IPage page, string marker)
    {
        var response = await page.Context.APIRequest.GetAsync("/api/v1/reports?country=SSD");
        Assert.True(response.Ok, $"GET /api/v1/reports: {response.Status}");
        return Regex.Count(await response.TextAsync(), $"(first|second) {marker}");
    }

    private async Task<IPage> SignedInMonitorAsync()
    {
        var password = "pw-" + Guid.NewGuid().ToString("n");
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AddUser>()
                .RunAsync(new(Monitor, "Browser test office", Roles.Monitor, password, OrganizationKind.Un), CancellationToken.None);
        }
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(Monitor);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }
}

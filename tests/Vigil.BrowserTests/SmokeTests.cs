using Microsoft.Playwright;

namespace Vigil.BrowserTests;

public sealed class SmokeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Anonymous_IsSentToTheLoginPage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/countries/XTA");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" }).IsVisibleAsync());
    }

    [Fact]
    public async Task Language_SwitchToChinese_IsRememberedOnTheNextPage()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();
        Assert.Equal("zh-Hans", await page.Locator("html").GetAttributeAsync("lang"));
        await page.GotoAsync("/framework");
        Assert.Equal("zh-Hans", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await page.GetByText("武装冲突").First.IsVisibleAsync());
    }
}

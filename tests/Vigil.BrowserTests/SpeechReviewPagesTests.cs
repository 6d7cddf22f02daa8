using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Security;

namespace Vigil.BrowserTests;

/// <summary>
/// Issue 12, "Done when": reviewing one post end to end on the Rabat form. A post is ingested through the API; a reviewer works the
/// queue by keyboard (the text stays blurred until opened; digits rate the six factors, "p" refers to the platform), records the
/// referral and the platform's answer; a second reviewer confirms; the post shows both decisions and the referral, the referral
/// dashboard counts it, and a viewer of the same organisation never gets the author handle (Confidential).
/// </summary>
public sealed class SpeechReviewPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string FirstReviewer = "first-reviewer@test.example";
    private const string SecondReviewer = "second-reviewer@test.example";
    private const string Reader = "reader@test.example";
    private const string Author = "@hidden_author";
    private const string Text = "They are vermin <b>and</b> must be driven out of the valley before Friday.";

    /// <summary>The reviewers and a viewer of the fixture analyst's organisation; the analyst ingests two posts (one harmless) through the API.</summary>
    private async Task<Guid> IngestAsync()
    {
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var add = scope.ServiceProvider.GetRequiredService<AddUser>();
            foreach (var (email, role) in new[] { (FirstReviewer, Roles.Reviewer), (SecondReviewer, Roles.Reviewer), (Reader, Roles.Viewer) })
            {
                await add.RunAsync(new(email, "Browser test office", role, BrowserFixture.Password, OrganizationKind.Un), CancellationToken.None);
            }
        }
        using var api = new HttpClient { BaseAddress = fixture.Address };
        using (var token = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = BrowserFixture.Email, password = BrowserFixture.Password }))
        {
            token.EnsureSuccessStatusCode();
            api.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        }
        using var ingested = await api.PostAsJsonAsync("/api/v1/speech/posts", new
        {
            source = "browser-feed",
            posts = new object[]
            {
                new { id = "1", text = Text, lang = "en", platform = "ExampleNet", author = Author, postedAt = "2026-11-20T08:00:00Z", country = "MMR", followers = 5000 },
                new { id = "2", text = "Market day in the valley, all welcome.", lang = "en", platform = "ExampleNet", author = "@neighbour", country = "MMR" },
            },
        });
        ingested.EnsureSuccessStatusCode();
        Assert.Equal(2, (await ingested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("classified").GetInt32());
        var posts = await api.GetFromJsonAsync<JsonElement>("/api/v1/speech/posts?flagged=true");
        return posts.EnumerateArray().Single().GetProperty("id").GetGuid();
    }

    /// <summary>Opens the blurred text by keyboard, rates the six factors with digits and decides with a letter.</summary>
    private static async Task ReviewByKeyboardAsync(IPage page, string ratings, char decision)
    {
        var current = page.Locator(".queue-current");
        await Assertions.Expect(current.Locator(".post-text")).ToBeHiddenAsync();
        await Assertions.Expect(current.Locator("summary .blurred")).ToBeVisibleAsync();
        await current.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(current.Locator(".post-text")).ToHaveTextAsync(Text);
        foreach (var key in ratings)
        {
            await page.Keyboard.PressAsync(key.ToString());
        }
        await Assertions.Expect(page.Locator("fieldset.rabat-factor input[type=radio]:checked")).ToHaveCountAsync(6);
        await page.Keyboard.PressAsync(decision.ToString());
    }

    [Fact]
    public async Task Review_ByKeyboardReferAndConfirm_PostShowsBothDecisionsAndReferralIsCounted()
    {
        var post = await IngestAsync();

        var first = await fixture.SignedInPageAsync(email: FirstReviewer);
        await first.GotoAsync("/speech/queue?country=MMR");
        await Assertions.Expect(first.Locator("#queue li")).ToHaveCountAsync(1);
        await ReviewByKeyboardAsync(first, "323323", 'p');
        await first.WaitForURLAsync(url => url.Contains("/speech/queue?country=MMR", StringComparison.Ordinal));
        await Assertions.Expect(first.Locator("#queue-empty")).ToBeVisibleAsync();

        await first.GotoAsync($"/speech/posts/{post}");
        await first.GetByLabel("Reference").FillAsync("EX-2026-0042");
        await first.GetByRole(AriaRole.Button, new() { Name = "Refer to the platform" }).ClickAsync();
        await Assertions.Expect(first.Locator("#post-referrals")).ToContainTextAsync("EX-2026-0042");
        await first.Locator("#post-referrals select[name=Outcome]").SelectOptionAsync("Removed");
        await first.GetByRole(AriaRole.Button, new() { Name = "Record the answer" }).ClickAsync();
        await Assertions.Expect(first.Locator("#post-referrals")).ToContainTextAsync("removed");

        var second = await fixture.SignedInPageAsync(email: SecondReviewer);
        await second.GotoAsync("/speech/queue?second=true&country=MMR");
        await ReviewByKeyboardAsync(second, "333332", 'p');
        await second.WaitForURLAsync(url => url.Contains("second=true", StringComparison.Ordinal));
        await Assertions.Expect(second.Locator("#queue-empty")).ToBeVisibleAsync();

        await second.GotoAsync($"/speech/posts/{post}");
        var reviews = second.Locator("#reviews tbody tr");
        await Assertions.Expect(reviews).ToHaveCountAsync(2);
        await Assertions.Expect(reviews.Nth(0)).ToContainTextAsync(FirstReviewer);
        await Assertions.Expect(reviews.Nth(1)).ToContainTextAsync("confirms the first review");
        await Assertions.Expect(second.Locator("#decision")).ToHaveTextAsync("Refer to platform");
        await Assertions.Expect(second.Locator("#post-referrals")).ToContainTextAsync("EX-2026-0042");
        await Assertions.Expect(second.Locator(".post-facts")).ToContainTextAsync(Author);

        await second.GotoAsync("/speech/referrals");
        var month = second.Locator("h2:text-is('ExampleNet') + table tbody tr").First;
        await Assertions.Expect(month.Locator("td").Nth(1)).ToHaveTextAsync("1");
        await Assertions.Expect(month.Locator("td").Nth(3)).ToContainTextAsync("1 (100%)");

        var reader = await fixture.SignedInPageAsync(email: Reader);
        await reader.GotoAsync($"/speech/posts/{post}");
        await Assertions.Expect(reader.Locator("#decision")).ToHaveTextAsync("Refer to platform");
        Assert.DoesNotContain(Author, await reader.ContentAsync(), StringComparison.Ordinal);
    }
}

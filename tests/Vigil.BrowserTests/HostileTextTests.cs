using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.BrowserTests;

/// <summary>
/// A script stored in any free-text field of an assessment runs nowhere: every page that
/// shows the field renders it as text.
/// </summary>
public sealed class HostileTextTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static string Payload(string field) =>
        $"<script>window.__xss='{field}'</script><img src=x onerror=\"window.__xss='{field}'\"><svg onload=\"window.__xss='{field}'\"></svg>";

    private async Task<(Guid First, Guid Second)> SeedAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var judge = sp.GetRequiredService<JudgeIndicator>();
        var review = sp.GetRequiredService<AssessmentReview>();
        var first = await sp.GetRequiredService<CreateAssessment>().RunAsync(new CreateAssessment.Request("MLI", Payload("title"), new DateOnly(2026, 6, 30), Payload("author"),
            Classification.Public, Payload("areas")), CancellationToken.None);
        await sp.GetRequiredService<DescribeAssessment>().RunAsync(
            new(first.Id, Payload("title"), first.AsOf, Payload("areas"), Payload("summary"), Payload("author")), CancellationToken.None);
        var evidence = new[] { new EvidenceRequest(Payload("evidence-title"), "javascript:window.__xss='href'", null, SourceType.Media, 'C', 3, Payload("source")) };
        await judge.RunAsync(new(first.Id, "1.1", new JudgementRequest(IndicatorStatus.Present, 3, Trend.Worsening, Confidence.Low,
            Payload("notes"), null, Payload("area"), evidence), Payload("author")), CancellationToken.None);
        await sp.GetRequiredService<RateResilience>().RunAsync(new(first.Id, "P1", 1, Payload("resilience"), Payload("author")), CancellationToken.None);
        await review.SubmitAsync(first.Id, Payload("author"), CancellationToken.None);
        await review.ApproveAsync(first.Id, "reviewer", CancellationToken.None);
        var second = await sp.GetRequiredService<StartNextVersion>().RunAsync(new(first.Id, Payload("author"), new DateOnly(2026, 9, 30)), CancellationToken.None);
        await judge.RunAsync(new(second!.Id, "1.1", new JudgementRequest(IndicatorStatus.Present, 2, null, null, Payload("notes2"), null, null, null),
            Payload("author")), CancellationToken.None);
        return (first.Id, second.Id);
    }

    [Fact]
    public async Task EveryFreeTextField_OnEveryPage_IsInert()
    {
        var (first, second) = await SeedAsync();
        var page = await fixture.SignedInPageAsync();
        string[] paths =
        [
            "/", "/?q=Mali", "/countries/MLI", $"/assessments/{first}", $"/assessments/{second}", $"/assessments/{second}/edit?open=RF1",
            $"/assessments/{first}/compare/{second}",
        ];
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path}: {response?.Status}");
            Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
            Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
            Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
        }
        await page.GotoAsync($"/assessments/{second}");
        Assert.True(await page.GetByText("<script>window.__xss='title'</script>", new() { Exact = false }).First.IsVisibleAsync());
    }
}

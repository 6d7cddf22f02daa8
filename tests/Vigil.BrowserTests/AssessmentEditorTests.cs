using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Vigil.BrowserTests;

/// <summary>An analyst fills in an assessment through the browser and sees its profile change.</summary>
public sealed partial class AssessmentEditorTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task<string> CreateDraftAsync(IPage page, string title)
    {
        await page.GotoAsync("/countries/XTA");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft and open editor" }).ClickAsync();
        await page.WaitForURLAsync(EditorUrl());
        return EditorUrl().Match(page.Url).Groups[1].Value;
    }

    private static async Task SetIndicatorAsync(IPage page, string indicator, string factor, string status, string? severity)
    {
        var section = page.Locator($"#factor-{factor}");
        if (await section.GetAttributeAsync("open") is null)
        {
            await page.Locator($"#factor-{factor} > summary").ClickAsync();
        }
        await page.GetByRole(AriaRole.Group, new() { Name = $"Status of {indicator}", Exact = true }).GetByLabel(status).CheckAsync();
        if (severity is not null)
        {
            await page.Locator($"#ind-{indicator.Replace('.', '-')}").GetByLabel("Severity").SelectOptionAsync(severity);
        }
    }

    /// <summary>
    /// Adds an item with a mistyped URL through a row's "Add evidence" fields (indicator "1.1" or dimension "P2", row <paramref name="row"/>),
    /// then corrects its URL and grades its source B through the item's "Edit" form.
    /// </summary>
    private static async Task AddThenCorrectEvidenceAsync(IPage page, string target, string row, string title, string url)
    {
        var add = page.Locator($"{row} .add-evidence");
        await add.Locator("summary").ClickAsync();
        await add.GetByLabel("Evidence title").FillAsync(title);
        await add.GetByLabel("URL or reference").FillAsync("https://exmaple.org/typo");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save and add evidence to {target}" }).ClickAsync();

        // The item's fields sit inside the section's form but belong to the item's own form (form attribute).
        var edit = page.Locator($"{row} .edit-evidence");
        await edit.Locator("summary").ClickAsync();
        await edit.GetByLabel("URL or reference").FillAsync(url);
        await edit.GetByLabel("Source reliability (A–F)").SelectOptionAsync("B");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Save this evidence" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Evidence “{title}” saved.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Editor_WithJavaScript_AutosavesAndTheProfileChanges()
    {
        var page = await fixture.SignedInPageAsync();
        var id = await CreateDraftAsync(page, "Browser test with autosave");
        await page.GotoAsync($"/assessments/{id}");
        Assert.Equal("Not enough assessed yet", (await page.Locator("#overall-level").InnerTextAsync()).Trim());

        await page.GotoAsync($"/assessments/{id}/edit");
        await SetIndicatorAsync(page, "1.1", "RF1", "Present", "3");
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync(new Regex("Saved 1\\.1"));
        await Assertions.Expect(page.Locator("#factor-RF1 [data-factor-score='RF1']")).ToHaveTextAsync(new Regex("100\\.0"));

        await page.GotoAsync($"/assessments/{id}");
        Assert.Equal("100.0", (await page.Locator("#hm-RF1 td.heat").InnerTextAsync()).Trim());
        // One indicator of 115 units: the factor's score shows, the level waits for enough to be assessed (decision record 0001).
        Assert.Equal("Not enough assessed yet", (await page.Locator("#overall-level").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Editor_WithoutJavaScript_SavesTheSectionForm()
    {
        var page = await fixture.SignedInPageAsync(javaScript: false);
        var id = await CreateDraftAsync(page, "Browser test without script");
        await page.GotoAsync($"/assessments/{id}/edit?open=RF1");
        await SetIndicatorAsync(page, "1.1", "RF1", "Present", "2");
        await SetIndicatorAsync(page, "1.2", "RF1", "Absent", null);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save RF1", Exact = true }).ClickAsync();

        await page.GotoAsync($"/assessments/{id}");
        Assert.Equal("50.0", (await page.Locator("#hm-RF1 td.heat").InnerTextAsync()).Trim()); // (2/3 + 1/3) / 2
        Assert.Equal("Not enough assessed yet", (await page.Locator("#overall-level").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Editor_WithoutJavaScript_CorrectsEvidenceInPlace()
    {
        var page = await fixture.SignedInPageAsync(javaScript: false);
        var id = await CreateDraftAsync(page, "Browser test evidence correction");
        await page.GotoAsync($"/assessments/{id}/edit?open=RF1");
        await AddThenCorrectEvidenceAsync(page, "1.1", "#ind-1-1", "Mistyped report", "https://example.org/report");

        var list = page.Locator("#ind-1-1 .evidence-edit .evidence-list > li");
        await Assertions.Expect(list).ToHaveCountAsync(1);
        await Assertions.Expect(list.Locator(".grade")).ToHaveTextAsync("B6");
        await Assertions.Expect(list).ToContainTextAsync("https://example.org/report");
        await page.GotoAsync($"/assessments/{id}");
        Assert.Equal(1, await page.GetByRole(AriaRole.Cell, new() { Name = "evidence corrected", Exact = true }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Cell, new() { Name = "evidence removed", Exact = true }).CountAsync());
    }

    [Fact]
    public async Task Editor_WithoutJavaScript_AddsCorrectsAndRemovesResilienceEvidence()
    {
        var page = await fixture.SignedInPageAsync(javaScript: false);
        var id = await CreateDraftAsync(page, "Browser test resilience evidence");
        await page.GotoAsync($"/assessments/{id}/edit?open=resilience");
        await AddThenCorrectEvidenceAsync(page, "P2", "#res-P2", "Ombudsman report", "https://example.org/ombudsman");
        await Assertions.Expect(page.Locator("#res-P2 .evidence-edit .evidence-list > li .grade")).ToHaveTextAsync("B6");

        await page.GotoAsync($"/assessments/{id}");
        await Assertions.Expect(page.Locator("#res-P2").GetByRole(AriaRole.Link, new() { Name = "Ombudsman report" }))
            .ToHaveAttributeAsync("href", "https://example.org/ombudsman");

        await page.GotoAsync($"/assessments/{id}/edit?open=resilience");
        await page.Locator("#res-P2").GetByLabel("Remove on save").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save resilience" }).ClickAsync();
        await Assertions.Expect(page.Locator("#res-P2 .evidence-edit")).ToHaveCountAsync(0);
        await page.GotoAsync($"/assessments/{id}");
        foreach (var action in new[] { "evidence added", "evidence corrected", "evidence removed" })
        {
            Assert.Equal(1, await page.GetByRole(AriaRole.Cell, new() { Name = action, Exact = true }).CountAsync());
        }
    }

    [Fact]
    public async Task HostileNotes_AreShownAsTextAndRunNowhere()
    {
        const string payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>";
        var page = await fixture.SignedInPageAsync();
        var id = await CreateDraftAsync(page, payload);
        await page.GotoAsync($"/assessments/{id}/edit?open=RF2");
        await SetIndicatorAsync(page, "2.1", "RF2", "Present", "1");
        await page.Locator("#ind-2-1").GetByLabel("Notes").FillAsync(payload);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save RF2" }).ClickAsync();

        foreach (var path in new[] { $"/assessments/{id}", $"/assessments/{id}/edit?open=RF2", "/countries/XTA" })
        {
            await page.GotoAsync(path);
            Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
            Assert.True(await page.GetByText("<script>window.__xss=1</script>", new() { Exact = false }).First.IsVisibleAsync() || path.EndsWith("XTA", StringComparison.Ordinal),
                $"The payload is not shown as text on {path}");
            Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
        }
    }

    [GeneratedRegex("/assessments/([0-9a-f-]{36})/edit")]
    private static partial Regex EditorUrl();
}

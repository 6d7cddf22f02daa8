using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.App.Api;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Pages.Countries;

/// <summary>A country: its assessment history (chart and list) and the form to start a new assessment.</summary>
public sealed class DetailsModel(VigilDb db, FrameworkCatalog frameworks, CountryCatalog countries, CreateAssessment create, TimeProvider time,
    Vigil.Speech.Monitoring.SpeechCountryQuery speech) : VigilPageModel
{
    /// <summary>The country's hate speech as the viewer may see it: surge chart, open surge signals, posts awaiting review and referred.</summary>
    public Vigil.Speech.Monitoring.SpeechCountrySummary? Speech { get; private set; }

    public sealed class NewAssessmentInput
    {
        public string? Title { get; set; }
        public string? AsOf { get; set; }
        public Classification Classification { get; set; } = Classification.Internal;
        public string? Areas { get; set; }
    }

    public sealed record Entry(RiskAssessment Assessment, RiskProfile Profile);

    public Country Country { get; private set; } = null!;

    public IReadOnlyList<Entry> Assessments { get; private set; } = [];

    public HistoryChart Chart { get; private set; } = null!;

    /// <summary>Whether the viewer can see a forecast of this country (links to /forecasts/{iso3}).</summary>
    public bool HasForecast => LatestForecast is not null;

    /// <summary>The country's entry in the latest visible forecast run that has it, and how many countries that run ranked.</summary>
    public LatestCountryForecast? LatestForecast { get; private set; }

    /// <summary>Whether events are stored for this country (links to /events/{iso3}).</summary>
    public bool HasEvents { get; private set; }

    /// <summary>The country's alerts, from event data and the forecast watchlist, and how many are not closed (links to the inbox, filtered).</summary>
    public (int All, int Open) Alerts { get; private set; }

    /// <summary>The country's drafts the viewer may see: starting another is warned of, with a link to each.</summary>
    public IReadOnlyList<RiskAssessment> Drafts => Assessments.Select(e => e.Assessment).Where(a => a.Status == AssessmentStatus.Draft).ToList();

    [BindProperty]
    public NewAssessmentInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string iso3, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(iso3, cancellationToken))
        {
            return NotFoundPage();
        }
        Input.AsOf = Display.Date(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(string iso3, CancellationToken cancellationToken)
    {
        var country = countries.Find(iso3);
        if (country is null)
        {
            return NotFoundPage();
        }
        try
        {
            var assessment = await create.RunAsync(new CreateAssessment.Request(
                country.Iso3,
                Input.Title ?? "",
                AssessmentRequests.ParseDate(Input.AsOf, "asOf"),
                Actor,
                Input.Classification,
                Input.Areas), cancellationToken);
            Notice = CountriesText.CountryCreated;
            return RedirectToPage("/Assessments/Edit", new { id = assessment.Id });
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            await LoadAsync(iso3, cancellationToken);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string iso3, CancellationToken cancellationToken)
    {
        if (countries.Find(iso3) is not { } country)
        {
            return false;
        }
        Country = country;
        var entries = new List<Entry>();
        foreach (var assessment in await db.AssessmentsOfCountryAsync(country.Iso3, Viewer, cancellationToken))
        {
            entries.Add(new Entry(assessment, ProfileCalculator.Calculate(await frameworks.ForAsync(assessment, cancellationToken), assessment)));
        }
        Assessments = entries;
        Chart = HistoryChart.From(entries.Select(e => (e.Assessment, e.Profile)));
        LatestForecast = await db.LatestOfCountryAsync(country.Iso3, Viewer, cancellationToken);
        HasEvents = await db.Set<Vigil.Events.Event>().AnyAsync(e => e.CountryIso3 == country.Iso3, cancellationToken);
        Alerts = await db.CountsOfCountryAsync(country.Iso3, null, cancellationToken);
        Speech = await speech.RunAsync(country.Iso3, Viewer, cancellationToken);
        return true;
    }
}

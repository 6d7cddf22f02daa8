using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Situations;
using Vigil.Speech.Monitoring;

namespace Vigil.App.Pages.Speech;

/// <summary>Hate and incitement volume of a country by month (all posts, per language, per target group), the surges found, and the country's open situations.</summary>
public sealed class SurgesModel(SurgeDetection surges, SituationQueries situations, CountryCatalog countries) : VigilPageModel
{
    public string? Country { get; private set; }
    public string CountryName { get; private set; } = "";
    public IReadOnlyList<string> Countries { get; private set; } = [];
    public IReadOnlyList<SurgeSeries> Series { get; private set; } = [];
    public IReadOnlyList<SurgeFinding> Findings { get; private set; } = [];
    public IReadOnlyList<SituationRow> OpenSituations { get; private set; } = [];

    public async Task OnGetAsync(string? country, CancellationToken cancellationToken)
    {
        var all = await surges.SeriesAsync(Viewer, null, cancellationToken);
        Countries = [.. all.Select(s => s.Country).Distinct()];
        Country = countries.Resolve(country)?.Iso3 ?? (string.IsNullOrWhiteSpace(country) ? (Countries.Count > 0 ? Countries[0] : null) : null);
        if (Country is null)
        {
            return;
        }
        CountryName = countries.Find(Country)?.Name.Current ?? Country;
        Series = [.. all.Where(s => s.Country == Country)];
        Findings = [.. Series.SelectMany(SurgeDetection.Scan).OrderByDescending(f => f.Month)];
        OpenSituations = await situations.ListAsync(Viewer, new SituationQueries.Filter(Country, Open: true), cancellationToken);
    }

    public string SeriesName(SurgeSeries s) => s.Dimension switch
    {
        SurgeSeries.All => SpeechMonitorText.AllPosts,
        SurgeSeries.Language => Localized.Format(SpeechMonitorText.InLanguage, s.Key),
        _ => Localized.Format(SpeechMonitorText.TargetingGroup, s.Key),
    };
}

using Microsoft.AspNetCore.Mvc;
using Vigil.Actors;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Situations;
using ActorKind = Vigil.Actors.ActorKind;

namespace Vigil.App.Pages.Actors;

/// <summary>A country's actor register: search, kind filter, counts per source with a sparkline, merges (selected or suggested) for analysts.</summary>
public sealed class IndexModel(ActorQueries queries, MergeSuggestions suggestions, MergeActors merge, CountryCatalog countries) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<ActorRow> Rows { get; private set; } = [];
    public IReadOnlyList<MergeSuggestion> Suggestions { get; private set; } = [];
    public string? CountryName { get; private set; }
    public bool CanMerge => EditableSituations.CanWork(Viewer);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(Guid[] ids, string? name, CancellationToken cancellationToken)
    {
        try
        {
            var merged = await merge.RunAsync(new(ids, name), cancellationToken);
            if (merged is null)
            {
                return NotFoundPage();
            }
            Notice = ActorsText.Merged;
            return RedirectToPage("Actor", new { id = merged.Id });
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Country))
        {
            return;
        }
        Country = Country.Trim().ToUpperInvariant();
        CountryName = countries.Find(Country)?.Name.Current ?? Country;
        ActorKind? kind = null;
        try
        {
            kind = KebabCase.Parse<ActorKind>(Kind, "kind");
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
        }
        Rows = await queries.ListAsync(Viewer, new ActorQuery(Country, Q, kind), cancellationToken);
        if (CanMerge)
        {
            Suggestions = await suggestions.ForCountryAsync(Viewer, new ActorQuery(Country), cancellationToken);
        }
    }
}

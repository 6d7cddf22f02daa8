using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Situations;

namespace Vigil.App.Pages.Situations;

/// <summary>
/// The dashboard: every situation the viewer may see with its status, trend, owner, next review (overdue marked) and lag, the lag
/// across them all, and a form to open one (also posted by the alert page and the country page).
/// </summary>
public sealed class IndexModel(SituationQueries queries, OpenSituation open, CountryCatalog countries) : VigilPageModel
{
    public IReadOnlyList<SituationRow> Rows { get; private set; } = [];
    public LagSummary Lag { get; private set; } = WarningLag.Across([]);
    public bool CanOpen => EditableSituations.CanWork(Viewer);

    public sealed class OpenInput
    {
        public string? CountryIso3 { get; set; }
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? Areas { get; set; }
        public string? Classification { get; set; }
        public string? ReviewDue { get; set; }
        public Guid? AlertId { get; set; }
    }

    [BindProperty]
    public OpenInput Input { get; set; } = new();

    public string CountryName(string iso3) => countries.Find(iso3)?.Name.Current ?? iso3;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var situation = await open.RunAsync(new(Input.CountryIso3, Input.Title, Input.Summary,
                Api.AssessmentRequests.ParseEnum<Classification>(Input.Classification, "classification") ?? Classification.Internal,
                Input.Areas is null ? null : Input.Areas.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Api.SituationRequests.OptionalDate(Input.ReviewDue, "reviewDue"), Input.AlertId), cancellationToken);
            Notice = SituationsText.Opened;
            return RedirectToPage("Detail", new { id = situation.Id });
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
        Rows = await queries.ListAsync(Viewer, new(), cancellationToken);
        Lag = WarningLag.Across([.. Rows.Select(r => r.Lag)]);
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.App.Pages.Alerts;

/// <summary>
/// The alert inbox: last updated first, then latest month first; filtered by status, severity and country;
/// unread marked per user; each alert titled by place, what rose and when (<see cref="AlertTitle"/>).
/// </summary>
public sealed class IndexModel(VigilDb db, AlertReads reads, CountryCatalog countries) : VigilPageModel
{
    public const int Limit = 500;

    [BindProperty(SupportsGet = true)]
    public AlertStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public SignalSeverity? Severity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    public IReadOnlySet<Guid> Read { get; private set; } = new HashSet<Guid>();

    /// <summary>The readable title of each listed alert, in the page's language.</summary>
    public IReadOnlyDictionary<Guid, AlertTitle> Titles { get; private set; } = new Dictionary<Guid, AlertTitle>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Unknown enum values fail model binding and leave the filter unset; the country filter is an ISO3 code or nothing.
        var country = Country?.Trim().ToUpperInvariant();
        if (country is { Length: not 3 } || country?.All(char.IsAsciiLetterUpper) == false)
        {
            country = null;
            Country = null;
        }
        var query = db.Set<Alert>().AsNoTracking().Include(a => a.Signals).AsQueryable();
        if (Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (Severity is { } severity)
        {
            query = query.Where(a => a.Severity == severity);
        }
        if (country is not null)
        {
            query = query.Where(a => a.CountryIso3 == country);
        }
        Alerts = await query.NewestFirst().Take(Limit).ToListAsync(cancellationToken);
        var measures = await db.MeasuresOfAsync([.. Alerts.Select(a => a.Id)], cancellationToken);
        Titles = Alerts.ToDictionary(a => a.Id, a => AlertTitle.For(a, measures.GetValueOrDefault(a.Id) ?? [], countries));
        Read = await reads.ReadByAsync(Viewer.UserId, cancellationToken);
    }
}

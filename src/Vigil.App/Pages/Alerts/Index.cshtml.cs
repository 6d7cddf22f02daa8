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

    /// <summary>The country filter as typed when it names no country; the filter is then left out and the page says so.</summary>
    public string? UnknownCountry { get; private set; }

    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    public IReadOnlySet<Guid> Read { get; private set; } = new HashSet<Guid>();

    /// <summary>The readable title of each listed alert, in the page's language.</summary>
    public IReadOnlyDictionary<Guid, AlertTitle> Titles { get; private set; } = new Dictionary<Guid, AlertTitle>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Unknown enum values fail model binding and leave the filter unset.
        var country = CountryCode(Country);
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

    /// <summary>
    /// The ISO3 code the country filter names: a code, an English name or alias (<see cref="CountryCatalog.Resolve"/>,
    /// e.g. "Central African Republic", "CAR", "Cote d'Ivoire"), or a Chinese name as the page shows it. A three-letter
    /// code missing from the reference is still used as typed, since alerts keep the code of their event data.
    /// </summary>
    private string? CountryCode(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        var text = typed.Trim();
        if ((countries.Resolve(text) ?? countries.All.FirstOrDefault(c => c.Name.Zh.Length > 0 && c.Name.Zh == text)) is { } known)
        {
            return known.Iso3;
        }
        if (text.Length == 3 && text.All(char.IsAsciiLetter))
        {
            return text.ToUpperInvariant();
        }
        UnknownCountry = text;
        return null;
    }
}

using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Countries;
using Vigil.Security;

namespace Vigil.Situations;

/// <summary>
/// Opens a situation of concern, owned by the person acting and their organisation: by API, from a country page, or from an alert
/// (which it links, and whose country and admin-1 it takes when none are given). Every standing alert of its place is linked
/// too, automatically, as <see cref="LinkRaisedAlerts"/> does for alerts raised later: a warning that was already there when
/// the situation was opened is one the situation answers, and its date is where the warning-to-action lag starts
/// (<see cref="StandingAlerts"/> says which).
/// </summary>
public sealed class OpenSituation(EditableSituations situations, CountryCatalog countries)
{
    public sealed record Request(string? CountryIso3, string? Title, string? Summary = null, Classification Classification = Classification.Internal,
        IReadOnlyList<string>? Areas = null, DateOnly? ReviewDue = null, Guid? AlertId = null, string? Owner = null, Guid? OrganizationId = null);

    public async Task<Situation> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var viewer = situations.Viewer;
        if (!EditableSituations.CanWork(viewer))
        {
            throw new AccessDeniedException("Only analysts and admins can open a situation.");
        }
        var db = situations.Db;
        Alert? alert = null;
        if (request.AlertId is { } alertId)
        {
            alert = await db.Set<Alert>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == alertId, cancellationToken)
                ?? throw new DomainRuleException("alertId", $"alertId: no alert {alertId}.");
        }
        var iso3 = string.IsNullOrWhiteSpace(request.CountryIso3) ? alert?.CountryIso3 : request.CountryIso3.Trim();
        if (string.IsNullOrWhiteSpace(iso3))
        {
            throw new DomainRuleException("countryIso3", "countryIso3 is required.");
        }
        var country = countries.Find(iso3) ?? throw new DomainRuleException("countryIso3", $"countryIso3: '{iso3}' is not a known country (ISO 3166 alpha-3).");
        var areas = request.Areas ?? (alert is { Admin1.Length: > 0 } ? [alert.Admin1] : []);
        var title = string.IsNullOrWhiteSpace(request.Title) && alert is not null ? alert.Title : request.Title;
        var now = situations.Now();
        var owner = situations.Who(request.Owner);
        var situation = Situation.Open(country.Iso3, areas, title ?? "", request.Summary, owner,
            viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId, request.Classification, request.ReviewDue,
            alert is null ? "opened" : $"opened from alert {alert.Title}", now);
        if (alert is not null)
        {
            situation.Link(LinkKind.Alert, alert.Id, alert.CreatedAt, owner, automatic: false, now);
        }
        var standing = await db.Set<Alert>().AsNoTracking().Where(StandingAlerts.On(now))
            .Where(a => a.CountryIso3 == situation.CountryIso3 && a.Id != request.AlertId)
            .OrderBy(a => a.CreatedAt).ToListAsync(cancellationToken);
        foreach (var open in standing.Where(a => situation.Covers(a.CountryIso3, a.Admin1)))
        {
            situation.Link(LinkKind.Alert, open.Id, open.CreatedAt, "system", automatic: true, now);
        }
        db.Situations.Add(situation);
        await db.SaveChangesAsync(cancellationToken);
        return situation;
    }
}

using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Security;
using Vigil.Situations.Options;
using Vigil.Storage;

namespace Vigil.Situations;

/// <summary>Reads of situations shared by the API, the pages and the CLI.</summary>
public sealed class SituationQueries(VigilDb db, ProposeOptions propose, OptionCatalog catalog, TimeProvider time, SituationActors actors)
{
    public sealed record Filter(string? CountryIso3 = null, SituationStatus? Status = null, bool? Open = null, bool? Overdue = null);

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The situation with its lag, proposed options, coordination, alerts and the country's actors; null when it does not exist or the viewer may not see it.</summary>
    public async Task<SituationDetails?> DetailsAsync(Guid id, Viewer viewer, CancellationToken cancellationToken)
    {
        var situation = await db.LoadSituationAsync(id, viewer, cancellationToken);
        if (situation is null)
        {
            return null;
        }
        var alertIds = situation.Links.Where(l => l.Kind == LinkKind.Alert).Select(l => l.TargetId).ToList();
        var alerts = await db.Set<Alert>().AsNoTracking().Where(a => alertIds.Contains(a.Id)).ToListAsync(cancellationToken);
        return new SituationDetails(situation, WarningLag.Of(situation), await propose.RunAsync(db, situation, viewer, cancellationToken),
            CoordinationView.Of(situation, Today), [.. alerts.OrderByDescending(a => a.CreatedAt)], await catalog.LatestAsync(cancellationToken), Today)
        {
            Actors = await actors.OfAsync(situation, viewer, cancellationToken),
        };
    }

    /// <summary>The situations the viewer may see, most serious status first, then the most recently changed.</summary>
    public async Task<IReadOnlyList<SituationRow>> ListAsync(Viewer viewer, Filter filter, CancellationToken cancellationToken)
    {
        var query = db.Situations.VisibleTo(viewer).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.CountryIso3))
        {
            var iso3 = filter.CountryIso3.Trim().ToUpperInvariant();
            query = query.Where(s => s.CountryIso3 == iso3);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(s => s.Status == status);
        }
        if (filter.Open is { } open)
        {
            query = open ? query.Where(s => s.Status != SituationStatus.Closed) : query.Where(s => s.Status == SituationStatus.Closed);
        }
        var list = await query.Include(s => s.Changes).Include(s => s.Trends).Include(s => s.Links).Include(s => s.Actions)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var today = Today;
        return [.. list
            .Where(s => filter.Overdue is not { } overdue || s.IsReviewOverdue(today) == overdue)
            .Select(s => new SituationRow(s.Id, s.CountryIso3, s.AreaList, s.Title, s.Status, s.LatestTrend, s.Owner, s.ReviewDue, s.IsReviewOverdue(today),
                WarningLag.Of(s), s.Actions.Count, s.UpdatedAt))
            .OrderBy(r => r.Status == SituationStatus.Closed).ThenByDescending(r => r.Status).ThenByDescending(r => r.UpdatedAt)];
    }

    /// <summary>The lag across every situation the viewer may see.</summary>
    public async Task<LagSummary> LagAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var rows = await ListAsync(viewer, new Filter(), cancellationToken);
        return WarningLag.Across([.. rows.Select(r => r.Lag)]);
    }

    /// <summary>The open situations of a country the viewer may change (link a record to), by title: what a "link to a situation" form offers.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> ChangeableOfCountryAsync(string countryIso3, Viewer viewer, CancellationToken cancellationToken)
    {
        var iso3 = countryIso3.Trim().ToUpperInvariant();
        var rows = await db.Situations.VisibleTo(viewer).AsNoTracking().Where(s => s.CountryIso3 == iso3 && s.Status != SituationStatus.Closed)
            .Select(s => new { s.Id, s.Title, s.OrganizationId }).ToListAsync(cancellationToken);
        return [.. rows.Where(r => viewer.CanEdit(r.OrganizationId)).OrderBy(r => r.Title, StringComparer.CurrentCulture).Select(r => (r.Id, r.Title))];
    }

    /// <summary>The situations the viewer may see that link this record, by title: what a record's page shows of them.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> LinkingAsync(LinkKind kind, Guid targetId, Viewer viewer, CancellationToken cancellationToken)
    {
        var rows = await db.Situations.VisibleTo(viewer).AsNoTracking().Where(s => s.Links.Any(l => l.Kind == kind && l.TargetId == targetId))
            .Select(s => new { s.Id, s.Title }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Title, StringComparer.CurrentCulture).Select(r => (r.Id, r.Title))];
    }
}

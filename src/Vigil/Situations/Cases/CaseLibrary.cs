using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Situations.Cases;

/// <summary>Reads of the case library shared by the pages, the API and the CLI, each limited to what the viewer may see.</summary>
public static class CaseLibrary
{
    public static IQueryable<PreventionCase> VisibleTo(this IQueryable<PreventionCase> cases, Viewer viewer) =>
        viewer.IsSystem ? cases : cases.Where(viewer.CanSeeFilter<PreventionCase>(c => c.OrganizationId, c => c.Classification));

    /// <summary>The visible cases matching <paramref name="query"/> (see <see cref="CaseSearch"/>), newest period first.</summary>
    public static async Task<List<PreventionCase>> SearchCasesAsync(this VigilDb db, Viewer viewer, string? query, string? country,
        CancellationToken cancellationToken)
    {
        var cases = CaseSearch.Matching(db, query).VisibleTo(viewer);
        if (!string.IsNullOrWhiteSpace(country))
        {
            var iso3 = country.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.CountryIso3 == iso3);
        }
        var list = await cases.AsNoTracking().ToListAsync(cancellationToken);
        return [.. list.OrderByDescending(c => c.PeriodStart, StringComparer.Ordinal).ThenBy(c => c.TitleEn, StringComparer.Ordinal)];
    }

    /// <summary>One case, or null when it does not exist or the viewer may not see it (the API and pages answer 404 alike).</summary>
    public static Task<PreventionCase?> LoadCaseAsync(this VigilDb db, Guid id, Viewer viewer, CancellationToken cancellationToken) =>
        db.Cases.VisibleTo(viewer).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
}

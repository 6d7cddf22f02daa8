using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Assessment;

/// <summary>Reads of assessments shared by the API, the pages and the CLI.</summary>
public static class AssessmentQueries
{
    public static Task<RiskAssessment?> LoadAssessmentAsync(this VigilDb db, Guid id, CancellationToken cancellationToken) =>
        db.LoadAssessmentAsync(id, Viewer.System, cancellationToken);

    /// <summary>Loads an assessment with everything in it, or null when it does not exist or the viewer may not see it.</summary>
    public static Task<RiskAssessment?> LoadAssessmentAsync(this VigilDb db, Guid id, Viewer viewer, CancellationToken cancellationToken) =>
        db.Assessments.VisibleTo(viewer)
            .Include(a => a.Judgements).Include(a => a.FactorJudgements)
            .Include(a => a.Evidence)
            .Include(a => a.Resilience)
            .Include(a => a.History)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>Every version of every assessment of a country, newest "as of" first, with judgements for profiles.</summary>
    public static Task<List<RiskAssessment>> AssessmentsOfCountryAsync(this VigilDb db, string iso3, CancellationToken cancellationToken) =>
        db.AssessmentsOfCountryAsync(iso3, Viewer.System, cancellationToken);

    public static async Task<List<RiskAssessment>> AssessmentsOfCountryAsync(this VigilDb db, string iso3, Viewer viewer, CancellationToken cancellationToken)
    {
        var list = await db.Assessments.VisibleTo(viewer).AsNoTracking()
            .Where(a => a.CountryIso3 == iso3)
            .Include(a => a.Judgements).Include(a => a.FactorJudgements)
            .Include(a => a.Resilience)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return list.OrderByDescending(a => a.AsOf).ThenByDescending(a => a.VersionNumber).ToList();
    }

    /// <summary>
    /// The assessments the viewer may see, of one country (ISO3, any case) or of all when none is given, by country, then newest
    /// "as of" date and version first, each with its overall level computed under its own framework.
    /// </summary>
    public static async Task<IReadOnlyList<AssessmentSummary>> ListAssessmentsAsync(this VigilDb db, FrameworkCatalog frameworks, Viewer viewer,
        string? iso3, CancellationToken cancellationToken)
    {
        var country = string.IsNullOrWhiteSpace(iso3) ? null : iso3.Trim().ToUpperInvariant();
        var list = await db.Set<RiskAssessment>().VisibleTo(viewer).AsNoTracking().Include(a => a.Judgements).Include(a => a.FactorJudgements).AsSplitQuery()
            .Where(a => country == null || a.CountryIso3 == country).ToListAsync(cancellationToken);
        var summaries = new List<AssessmentSummary>(list.Count);
        foreach (var a in list.OrderBy(a => a.CountryIso3, StringComparer.Ordinal).ThenByDescending(a => a.AsOf).ThenByDescending(a => a.VersionNumber))
        {
            var profile = ProfileCalculator.Calculate(await frameworks.ForAsync(a, cancellationToken), a);
            summaries.Add(new AssessmentSummary(a.Id, a.CountryIso3, a.Title, a.AsOf, a.VersionNumber, a.Status, a.IsExample, profile.Overall, profile.Coverage));
        }
        return summaries;
    }

    /// <summary>
    /// The drafts of a country the viewer may see, oldest first, but <paramref name="except"/>: starting a second draft beside one
    /// of these is allowed (two analysts may split the work) but warned of, with a link to the existing one.
    /// </summary>
    public static async Task<List<RiskAssessment>> DraftsOfCountryAsync(this VigilDb db, string iso3, Viewer viewer, Guid? except, CancellationToken cancellationToken)
    {
        var country = iso3.Trim().ToUpperInvariant();
        var drafts = await db.Assessments.VisibleTo(viewer).AsNoTracking()
            .Where(a => a.CountryIso3 == country && a.Status == AssessmentStatus.Draft && a.Id != except)
            .ToListAsync(cancellationToken);
        return drafts.OrderBy(a => a.CreatedAt).ToList();
    }

    /// <summary>Per country: the latest assessment by "as of" date, preferring approved ones.</summary>
    public static Task<Dictionary<string, RiskAssessment>> LatestPerCountryAsync(this VigilDb db, CancellationToken cancellationToken) =>
        db.LatestPerCountryAsync(Viewer.System, cancellationToken);

    public static async Task<Dictionary<string, RiskAssessment>> LatestPerCountryAsync(this VigilDb db, Viewer viewer, CancellationToken cancellationToken)
    {
        var all = await db.Assessments.VisibleTo(viewer).AsNoTracking().Include(a => a.Judgements).Include(a => a.FactorJudgements).AsSplitQuery().ToListAsync(cancellationToken);
        return all.GroupBy(a => a.CountryIso3)
            .ToDictionary(g => g.Key, g => g
                .OrderByDescending(a => a.Status == AssessmentStatus.Approved)
                .ThenByDescending(a => a.AsOf)
                .ThenByDescending(a => a.VersionNumber)
                .First());
    }
}

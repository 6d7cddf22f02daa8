using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Reports;

/// <summary>The field reports a viewer may see (their owner and classification, the one rule of <see cref="Viewer.CanSee"/>), shown as they may see them.</summary>
public sealed class FieldReportQueries(IDbContextFactory<VigilDb> dbFactory)
{
    public const int MaxLimit = 2000;

    public async Task<IReadOnlyList<FieldReportView>> ListAsync(Viewer viewer, FieldReportFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.FieldReports.AsNoTracking().Where(viewer.CanSeeFilter<FieldReport>(r => r.OrganizationId, r => r.Classification));
        if (!string.IsNullOrWhiteSpace(filter.CountryIso3))
        {
            var iso3 = filter.CountryIso3.Trim().ToUpperInvariant();
            query = query.Where(r => r.CountryIso3 == iso3);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(r => r.OccurredAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(r => r.OccurredAt < end);
        }
        if (filter.Network is { } network)
        {
            query = query.Where(r => r.Network == network);
        }
        if (filter.Admin1 is { } admin1)
        {
            // Names come from forms, SMS and CSVs as people typed them: one province is "North Darfur" or "north darfur".
            var lowered = admin1.ToLowerInvariant();
#pragma warning disable CA1862 // EF translates ToLower() to lower(x) on both providers; the StringComparison overloads do not translate.
            query = query.Where(r => r.Admin1 != null && r.Admin1.ToLower() == lowered);
#pragma warning restore CA1862
        }
        var reports = await query.Include(r => r.Harmed).Include(r => r.Attachments).AsSplitQuery()
            .OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id).Take(Math.Clamp(filter.Limit, 1, MaxLimit)).ToListAsync(cancellationToken);
        var policies = await PoliciesAsync(db, reports, cancellationToken);
        return [.. reports.Select(r => FieldReportView.From(r, Locate(r, viewer, policies)))];
    }

    /// <summary>A report with, for named roles of its organisation, who reported it; null when the viewer may not see it.</summary>
    public async Task<FieldReportView?> DetailsAsync(Guid id, Viewer viewer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.FieldReports.AsNoTracking().Include(r => r.Harmed).Include(r => r.Attachments).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (report is null || !viewer.CanSee(report.OrganizationId, report.Classification))
        {
            return null;
        }
        var policies = await PoliciesAsync(db, [report], cancellationToken);
        var view = FieldReportView.From(report, Locate(report, viewer, policies));
        if (!viewer.CanSeeConfidentialFields(report.OrganizationId))
        {
            return view;
        }
        var same = report.ReporterHash is { } hash
            ? await db.FieldReports.CountAsync(r => r.OrganizationId == report.OrganizationId && r.ReporterHash == hash, cancellationToken)
            : (int?)null;
        return view with { Reporter = report.Reporter, ReportsBySameReporter = same };
    }

    /// <summary>The raw report for a use case that needs the entity (photos, verification); null when the viewer may not see it.</summary>
    public async Task<FieldReport?> FindAsync(Guid id, Viewer viewer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.FieldReports.AsNoTracking().Include(r => r.Attachments).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return report is not null && viewer.CanSee(report.OrganizationId, report.Classification) ? report : null;
    }

    public async Task<ReportLocationPolicy> PolicyAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReportLocationPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.OrganizationId == organizationId, cancellationToken)
            ?? ReportLocationPolicy.Default(organizationId);
    }

    public static ShownLocation Locate(FieldReport report, Viewer viewer, IReadOnlyDictionary<Guid, ReportLocationPolicy> policies) =>
        LocationCoarsening.Show(report,
            report.OrganizationId is { } org && policies.TryGetValue(org, out var policy) ? policy : ReportLocationPolicy.Default(report.OrganizationId ?? Guid.Empty),
            viewer.CanSeeConfidentialFields(report.OrganizationId));

    private static async Task<IReadOnlyDictionary<Guid, ReportLocationPolicy>> PoliciesAsync(VigilDb db, IReadOnlyList<FieldReport> reports, CancellationToken cancellationToken)
    {
        var organizations = reports.Where(r => r.OrganizationId is not null).Select(r => r.OrganizationId!.Value).Distinct().ToList();
        return organizations.Count == 0
            ? new Dictionary<Guid, ReportLocationPolicy>()
            : await db.ReportLocationPolicies.AsNoTracking().Where(p => organizations.Contains(p.OrganizationId)).ToDictionaryAsync(p => p.OrganizationId, cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

/// <summary>
/// Referral outcomes per platform and month. Times are stored in UTC, so a referral belongs to the UTC month it was made in
/// whatever the reviewer's time zone, and 24 hours are 24 elapsed hours even across a month's end.
/// </summary>
public sealed class ReferralReport(VigilDb db)
{
    public async Task<IReadOnlyList<SpeechReferral>> ListAsync(Viewer viewer, string? platform, Guid? postId, CancellationToken cancellationToken)
    {
        var query = db.SpeechReferrals.VisibleTo(viewer).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(platform))
        {
            var p = platform.Trim();
            query = query.Where(r => r.Platform == p);
        }
        if (postId is { } id)
        {
            query = query.Where(r => r.PostId == id);
        }
        return await query.OrderByDescending(r => r.ReferredAt).ThenBy(r => r.Id).Take(SpeechPostQueries.MaximumLimit).ToListAsync(cancellationToken);
    }

    public Task<SpeechReferral?> GetAsync(Guid id, Viewer viewer, CancellationToken cancellationToken) =>
        db.SpeechReferrals.VisibleTo(viewer).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<IReadOnlyList<ReferralMonth>> MonthsAsync(Viewer viewer, CancellationToken cancellationToken) =>
        Of(await db.SpeechReferrals.VisibleTo(viewer).AsNoTracking().ToListAsync(cancellationToken));

    public static IReadOnlyList<ReferralMonth> Of(IEnumerable<SpeechReferral> referrals) =>
        [.. referrals.GroupBy(r => (r.Platform, Month: r.ReferredAt.Year * 100 + r.ReferredAt.Month))
            .OrderBy(g => g.Key.Platform, StringComparer.OrdinalIgnoreCase).ThenByDescending(g => g.Key.Month)
            .Select(g =>
            {
                var hours = g.Where(r => r.AnsweredAt is not null).Select(r => (r.AnsweredAt!.Value - r.ReferredAt).TotalHours).Order().ToList();
                var removed = g.Count(r => r.RemovedWithinDay);
                return new ReferralMonth(g.Key.Platform, g.Key.Month, g.Count(), hours.Count, removed, Math.Round((double)removed / g.Count(), 4),
                    hours.Count == 0 ? null : Math.Round(Median(hours), 2));
            })];

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

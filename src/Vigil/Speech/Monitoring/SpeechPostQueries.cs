using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

/// <summary>Reads of posts shared by the API, the pages and the CLI; every read keeps to what the viewer may see.</summary>
public sealed class SpeechPostQueries(VigilDb db)
{
    public const int DefaultLimit = 100;
    public const int MaximumLimit = 1000;

    public sealed record Filter(string? CountryIso3 = null, bool? Flagged = null, bool? Classified = null, RabatDecision? Decision = null, int? Limit = null);

    /// <summary>Newest first (by posting time, else ingest time).</summary>
    public async Task<IReadOnlyList<SpeechPost>> ListAsync(Viewer viewer, Filter filter, CancellationToken cancellationToken)
    {
        var query = db.SpeechPosts.VisibleTo(viewer).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.CountryIso3))
        {
            var iso3 = filter.CountryIso3.Trim().ToUpperInvariant();
            query = query.Where(p => p.CountryIso3 == iso3);
        }
        if (filter.Flagged is { } flagged)
        {
            query = query.Where(p => p.Flagged == flagged);
        }
        if (filter.Classified is { } classified)
        {
            query = classified ? query.Where(p => p.ClassifiedAt != null) : query.Where(p => p.ClassifiedAt == null);
        }
        if (filter.Decision is { } decision)
        {
            query = query.Where(p => p.Decision == decision);
        }
        return await query.OrderByDescending(p => p.PostedAt ?? p.IngestedAt).ThenBy(p => p.Id).Take(Limit(filter.Limit)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The review queue, most dangerous first (<see cref="DangerScore"/>): flagged posts without a review, or, for the second
    /// review, flagged posts with one review by someone else than the viewer; of one country when <paramref name="countryIso3"/> is given.
    /// </summary>
    public async Task<IReadOnlyList<SpeechPost>> QueueAsync(Viewer viewer, bool second, int? limit, CancellationToken cancellationToken, string? countryIso3 = null)
    {
        var query = db.SpeechPosts.VisibleTo(viewer).AsNoTracking().Include(p => p.Reviews).Where(p => p.Flagged);
        if (!string.IsNullOrWhiteSpace(countryIso3))
        {
            var iso3 = countryIso3.Trim().ToUpperInvariant();
            query = query.Where(p => p.CountryIso3 == iso3);
        }
        var name = viewer.Name;
        query = second
            ? query.Where(p => p.ReviewCount == 1 && !p.Reviews.Any(r => r.By == name))
            : query.Where(p => p.ReviewCount == 0);
        return await query.OrderByDescending(p => p.Danger).ThenByDescending(p => p.PostedAt ?? p.IngestedAt).ThenBy(p => p.Id)
            .Take(Limit(limit)).ToListAsync(cancellationToken);
    }

    /// <summary>A post with its reviews; null when it does not exist or the viewer may not see it.</summary>
    public Task<SpeechPost?> GetAsync(Guid id, Viewer viewer, CancellationToken cancellationToken) =>
        db.SpeechPosts.VisibleTo(viewer).AsNoTracking().Include(p => p.Reviews).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The posts of these ids the viewer may see (others are left out), newest first: what a situation page shows of its links.</summary>
    public async Task<IReadOnlyList<SpeechPost>> ManyAsync(IReadOnlyCollection<Guid> ids, Viewer viewer, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await db.SpeechPosts.VisibleTo(viewer).AsNoTracking().Where(p => ids.Contains(p.Id))
            .OrderByDescending(p => p.PostedAt ?? p.IngestedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);

    /// <summary>Agreement between first and second reviews of the posts the viewer may see.</summary>
    public async Task<ReviewAgreement> AgreementAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var reviews = await (from post in db.SpeechPosts.VisibleTo(viewer)
                             where post.ReviewCount == 2
                             from review in post.Reviews
                             select new { review.PostId, review.Second, review.Decision }).AsNoTracking().ToListAsync(cancellationToken);
        var pairs = reviews.GroupBy(r => r.PostId).Where(g => g.Count() == 2)
            .Select(g => (g.Single(r => !r.Second).Decision, g.Single(r => r.Second).Decision)).ToList();
        return ReviewAgreement.Of(pairs);
    }

    /// <summary>How many posts the viewer may see are still unclassified.</summary>
    public Task<int> UnclassifiedAsync(Viewer viewer, CancellationToken cancellationToken) =>
        db.SpeechPosts.VisibleTo(viewer).CountAsync(p => p.ClassifiedAt == null, cancellationToken);

    public static int Limit(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaximumLimit);
}

using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

/// <summary>Reads the <see cref="SpeechCountrySummary"/> of one country, keeping to the posts the viewer may see.</summary>
public sealed class SpeechCountryQuery(VigilDb db, SurgeDetection surges)
{
    public async Task<SpeechCountrySummary> RunAsync(string countryIso3, Viewer viewer, CancellationToken cancellationToken)
    {
        var iso3 = countryIso3.Trim().ToUpperInvariant();
        var all = (await surges.SeriesAsync(viewer, iso3, cancellationToken)).FirstOrDefault(s => s.Dimension == SurgeSeries.All);
        var found = all is null ? [] : SurgeDetection.Scan(all).OrderByDescending(f => f.Month).ToList();
        // Signals carry no post and reach every organisation (SurgeScan); one is open while no closed alert holds it.
        var closed = from link in db.Set<AlertSignal>()
                     join alert in db.Set<Alert>() on link.AlertId equals alert.Id
                     where alert.Status == AlertStatus.Closed
                     select link.SignalId;
        var open = await db.Set<Signal>().AsNoTracking()
            .Where(s => s.Origin == SurgeScan.Origin && s.CountryIso3 == iso3 && !closed.Contains(s.Id))
            .OrderByDescending(s => s.Period).ThenBy(s => s.Measure).ToListAsync(cancellationToken);
        var posts = db.SpeechPosts.VisibleTo(viewer).Where(p => p.CountryIso3 == iso3);
        var awaiting = await posts.CountAsync(p => p.Flagged && p.ReviewCount == 0, cancellationToken);
        var referred = await db.SpeechReferrals.VisibleTo(viewer).Where(r => posts.Any(p => p.Id == r.PostId)).Select(r => r.PostId).Distinct()
            .CountAsync(cancellationToken);
        return new SpeechCountrySummary(all, found, open, awaiting, referred);
    }
}

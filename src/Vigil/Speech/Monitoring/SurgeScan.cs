using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Events;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Speech.Monitoring;

/// <summary>
/// Runs <see cref="SurgeDetection"/> over every stored post and records each finding as a <see cref="Signal"/> of origin "speech"
/// for alerts (re-running refreshes, never duplicates). Signals reach every organisation, so they count every organisation's posts
/// except Confidential ones (whose mere number must not leave their organisation): a signal carries a country, a month and a count,
/// never a post. The signals it raises are handed to <see cref="IRaisedSignalsHandler"/>s (Situations links them to the open
/// situations of their country).
/// </summary>
public sealed class SurgeScan(IDbContextFactory<VigilDb> dbFactory, TimeProvider time, IEnumerable<IRaisedSignalsHandler> handlers)
{
    public const string Origin = "speech";
    public const string DataSource = "posts";

    public async Task<IReadOnlyList<SurgeFinding>> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var series = await new SurgeDetection(db).SeriesAsync(Viewer.System, null, withoutConfidential: true, cancellationToken);
        var findings = series.SelectMany(SurgeDetection.Scan).OrderBy(f => f.Country, StringComparer.Ordinal).ThenBy(f => f.Month)
            .ThenBy(f => f.Measure, StringComparer.Ordinal).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var ledger = await SignalLedger.LoadAsync(db, Origin, null, cancellationToken);
        var raised = new List<Signal>();
        foreach (var f in findings)
        {
            var signal = ledger.Record(DataSource, f.Country, "", YearMonth.FirstDay(f.Month), f.Measure, SurgeDetection.IndicatorsOf(f.Measure), f.Observed,
                f.Expected, f.Score, f.Severity, now);
            if (db.Entry(signal).State == EntityState.Added)
            {
                raised.Add(signal);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(raised, cancellationToken);
        }
        return findings;
    }
}

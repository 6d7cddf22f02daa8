using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Events.Series;
using Vigil.Storage;

namespace Vigil.Events.Escalation;

/// <summary>
/// Runs the escalation detector over every stored series (national, and admin-1 if asked) and stores each
/// finding as a <see cref="Signal"/> for alerts; re-running refreshes signals rather than duplicating them.
/// </summary>
public sealed class EscalationScan(SeriesQueries series, IDbContextFactory<VigilDb> dbFactory, TimeProvider time)
{
    public const string Origin = "events";

    public async Task<IReadOnlyList<EscalationFinding>> RunAsync(int fromMonth, bool withAdmin1, string? source,
        EscalationOptions options, CancellationToken cancellationToken)
    {
        var detector = new EscalationDetector(options);
        var all = await series.AllAsync(withAdmin1, source, cancellationToken);
        if (source is null)
        {
            // Verified field reports are never a country's default series, but a surge of them is a warning of its own.
            all = [.. all, .. await series.AllAsync(withAdmin1, EventSource.Field, cancellationToken)];
        }
        var findings = all.SelectMany(s => detector.Scan(s, fromMonth))
            .OrderBy(f => f.Country, StringComparer.Ordinal).ThenBy(f => f.Admin1, StringComparer.Ordinal)
            .ThenBy(f => f.Month).ThenBy(f => f.Measure, StringComparer.Ordinal).ToList();
        await StoreAsync(findings, cancellationToken);
        return findings;
    }

    private async Task StoreAsync(IReadOnlyList<EscalationFinding> findings, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var ledger = await SignalLedger.LoadAsync(db, Origin, null, cancellationToken);
        foreach (var f in findings)
        {
            ledger.Record(f.Source, f.Country, f.Admin1, YearMonth.FirstDay(f.Month), f.Measure, f.Indicators, f.Observed, f.Expected, f.Score, f.Severity, now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

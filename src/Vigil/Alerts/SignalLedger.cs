using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Alerts;

/// <summary>
/// The stored signals of one origin, keyed as the database keys them (source, country, admin-1, month, measure):
/// recording a finding refreshes its signal when one exists and raises it otherwise, so a re-run never adds a
/// second signal for the same thing. Used by every feature that raises signals.
/// </summary>
public sealed class SignalLedger
{
    private readonly VigilDb _db;
    private readonly string _origin;
    private readonly Dictionary<(string Source, string Country, string Admin1, DateOnly Period, string Measure), Signal> _signals;

    private SignalLedger(VigilDb db, string origin, Dictionary<(string, string, string, DateOnly, string), Signal> signals)
    {
        _db = db;
        _origin = origin;
        _signals = signals;
    }

    /// <param name="within">Narrows the signals loaded to those a run can touch (all of the origin when null).</param>
    public static async Task<SignalLedger> LoadAsync(VigilDb db, string origin, Expression<Func<Signal, bool>>? within,
        CancellationToken cancellationToken)
    {
        var query = db.Set<Signal>().Where(s => s.Origin == origin);
        var signals = await (within is null ? query : query.Where(within))
            .ToDictionaryAsync(s => (s.DataSource, s.CountryIso3, s.Admin1, s.Period, s.Measure), cancellationToken);
        return new SignalLedger(db, origin, signals);
    }

    public Signal Record(string source, string country, string admin1, DateOnly period, string measure, IEnumerable<string> indicators,
        double observed, double expected, double score, SignalSeverity severity, DateTime now)
    {
        if (!_signals.TryGetValue((source, country, admin1, period, measure), out var signal))
        {
            signal = Signal.Raise(_origin, source, country, admin1, period, measure, indicators, now);
            _db.Add(signal);
            _signals[(source, country, admin1, period, measure)] = signal;
        }
        return signal.Measured(observed, expected, score, severity, now);
    }
}

using Microsoft.EntityFrameworkCore;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Alerts;

/// <summary>
/// Turns signals not yet seen by any alert into alerts by the enabled rules: a signal whose rule already
/// has an open alert for the same country and admin-1, within <see cref="MergeMonths"/> months of the months
/// it covers, is merged into it (the same episode); otherwise a new alert is raised.
/// A signal whose origin (events, forecasts) has no rule at all gets a default rule for that origin (moderate or
/// worse), so that signals are never lost; a rule an admin disabled is left disabled.
/// </summary>
public sealed class RaiseAlerts(IDbContextFactory<VigilDb> dbFactory, TimeProvider time, IEnumerable<IRaisedAlertsHandler> handlers)
{
    public const int MergeMonths = 3;

    private static readonly Dictionary<string, string> DefaultRuleNames = new(StringComparer.Ordinal)
    {
        ["events"] = "Escalation in event data",
        ["forecasts"] = "Rise in the forecast watchlist",
    };

    public sealed record Outcome(int Raised, int Merged);

    /// <summary>
    /// Whether a rule is the default one Vigil created for its origin, still under the name it was given: rules have no other
    /// key, and the name is stored, so pages tell the built-in rules by it to name them in the reader's language.
    /// </summary>
    public static bool IsDefaultRule(string origin, string name) =>
        DefaultRuleNames.TryGetValue(origin, out var defaultName) && defaultName == name;

    /// <summary>The origins that get a default rule.</summary>
    public static IReadOnlyCollection<string> DefaultRuleOrigins => DefaultRuleNames.Keys;

    /// <summary>
    /// Raising puts alerts in every organisation's inbox: admins and analysts (who import and read the signals) do it; reviewers,
    /// monitors and viewers read and, as allowed, step alerts but do not raise them. The command line acts as the system.
    /// </summary>
    public static bool CanRaise(Viewer viewer) => viewer.IsSystem || Roles.CanEdit(viewer.Role);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rules = await db.Set<AlertRule>().ToListAsync(cancellationToken);
        var seen = db.Set<AlertSignal>().Select(s => s.SignalId);
        var fresh = await db.Set<Signal>().Where(s => !seen.Contains(s.Id)).OrderBy(s => s.Period).ToListAsync(cancellationToken);
        foreach (var origin in fresh.Select(s => s.Origin).Distinct(StringComparer.Ordinal).Where(o => !rules.Any(r => r.Origin == o)).ToList())
        {
            var fallback = AlertRule.Create(DefaultRuleNames.GetValueOrDefault(origin, $"Signals from {origin}"), origin, now, "system");
            db.Add(fallback);
            rules.Add(fallback);
        }
        var open = await db.Set<Alert>().Include(a => a.Signals).Include(a => a.History)
            .Where(a => a.Status != AlertStatus.Closed).ToListAsync(cancellationToken);
        int raised = 0, merged = 0;
        var created = new List<Alert>();
        foreach (var signal in fresh)
        {
            foreach (var rule in rules.Where(r => r.Matches(signal)))
            {
                var alert = open.FirstOrDefault(a => a.RuleId == rule.Id && a.CountryIso3 == signal.CountryIso3 && a.Admin1 == signal.Admin1
                    && signal.Period >= a.FirstPeriod.AddMonths(-MergeMonths) && signal.Period <= a.LastPeriod.AddMonths(MergeMonths));
                if (alert is null)
                {
                    alert = Alert.Raise(rule, signal, now);
                    db.Add(alert);
                    open.Add(alert);
                    created.Add(alert);
                    raised++;
                }
                else
                {
                    alert.Merge(signal, now);
                    merged++;
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(created, cancellationToken);
        }
        return new Outcome(raised, merged);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Storage;

namespace Vigil.Tests.Alerts;

/// <summary>Alerts stored directly (one signal each), for tests that are about what happens after raising.</summary>
internal static class AlertSeed
{
    public static async Task<Alert> AlertAsync(IServiceProvider services, string country, DateTime now, SignalSeverity severity = SignalSeverity.High, string admin1 = "",
        DateOnly? period = null, string measure = "fatalities")
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        var rule = await db.Set<AlertRule>().FirstOrDefaultAsync();
        if (rule is null)
        {
            rule = AlertRule.Create("Escalation in event data", "events", now, "system");
            db.Add(rule);
        }
        var signal = Signal.Raise("events", "acled", country, admin1, period ?? new DateOnly(2013, 12, 1), measure, ["7.8"], now)
            .Measured(120, 20, 6.5, severity, now);
        db.Add(signal);
        var alert = Alert.Raise(rule, signal, now);
        db.Add(alert);
        await db.SaveChangesAsync();
        return alert;
    }

    /// <summary>Merges a further signal (another measure or month) into a stored alert.</summary>
    public static async Task MergeAsync(IServiceProvider services, Guid id, DateOnly period, string measure, DateTime now)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        var alert = await db.Set<Alert>().Include(a => a.History).Include(a => a.Signals).SingleAsync(a => a.Id == id);
        var signal = Signal.Raise("events", "acled", alert.CountryIso3, alert.Admin1, period, measure, ["7.8"], now)
            .Measured(300, 40, 9, SignalSeverity.High, now);
        db.Add(signal);
        alert.Merge(signal, now);
        await db.SaveChangesAsync();
    }

    public static async Task StepAsync(IServiceProvider services, Guid id, Action<Alert> step)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync();
        var alert = await db.Set<Alert>().Include(a => a.History).Include(a => a.Signals).SingleAsync(a => a.Id == id);
        step(alert);
        await db.SaveChangesAsync();
    }
}

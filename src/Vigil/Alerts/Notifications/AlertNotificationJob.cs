using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vigil.Storage;

namespace Vigil.Alerts.Notifications;

/// <summary>
/// Every <see cref="NotificationOptions.Interval"/>: one <see cref="DeliverWebhooks"/> pass, and a
/// <see cref="BuildDigest"/> when the last digest is a day old. Every instance of a cluster runs it; the digest and the
/// queueing of webhook deliveries are done by one at a time (<see cref="JobLock"/>), and each delivery is claimed by one.
/// After a failure it waits longer (doubling, at most an hour).
/// </summary>
public sealed class AlertNotificationJob(DeliverWebhooks deliver, BuildDigest digest, IDbContextFactory<VigilDb> dbFactory,
    TimeProvider time, IOptions<NotificationOptions> options, ILogger<AlertNotificationJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        using var timer = new PeriodicTimer(interval, time);
        var failures = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                failures = 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
                var pause = TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks, interval.Ticks * (1L << Math.Min(failures, 10))));
                logger.LogError(ex, "Alert notifications failed ({Failures} in a row); next try in {Pause}", failures, pause);
                await Task.Delay(pause, time, stoppingToken);
            }
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Alert notifications: start");
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        // Held while the last digest is looked up and the next one stored, so that of several instances one makes it.
        await using (var digestLock = await JobLock.TryAcquireAsync(db, "alerts.digest", cancellationToken))
        {
            var dayAgo = time.GetUtcNow().UtcDateTime - BuildDigest.Window;
            if (digestLock is not null && options.Value.DailyDigest && !await db.Set<AlertDigest>().AnyAsync(d => d.CreatedAt > dayAgo, cancellationToken))
            {
                var made = await digest.RunAsync(cancellationToken);
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Daily digest: {New} new, {Escalated} escalated", made.NewAlerts, made.EscalatedAlerts);
                }
            }
        }
        await deliver.RunAsync(cancellationToken);
        logger.LogInformation("Alert notifications: end");
    }
}

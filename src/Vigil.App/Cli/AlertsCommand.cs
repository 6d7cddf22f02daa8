using System.CommandLine;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Alerts.Notifications;

namespace Vigil.App.Cli;

/// <summary>`vigil alerts raise|deliver|digest`: the notification job's passes, run once.</summary>
public static class AlertsCommand
{
    public static Command Create()
    {
        var command = new Command("alerts", "Alerts: raise from signals, deliver webhooks, write the daily digest");
        var raise = new Command("raise", "Turn stored signals into alerts by the rules");
        raise.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var outcome = await services.GetRequiredService<RaiseAlerts>().RunAsync(ct);
            Console.WriteLine($"{outcome.Raised} alerts raised, {outcome.Merged} signals merged into open alerts");
            return VigilCli.Ok;
        });
        var deliver = new Command("deliver", "Queue alert changes for the webhooks and send every due delivery (one pass)");
        deliver.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var outcome = await services.GetRequiredService<DeliverWebhooks>().RunAsync(ct);
            Console.WriteLine($"{outcome.Queued} queued, {outcome.Delivered} delivered, {outcome.Failed} to retry, {outcome.GaveUp} given up");
            return VigilCli.Ok;
        });
        var output = new Option<FileInfo?>("--out") { Description = "Markdown file to write (default: standard output)" };
        var digest = new Command("digest", "Write the digest of alerts raised or escalated in the last 24 hours, store it and queue it for the webhooks");
        digest.Options.Add(output);
        digest.SetAction(async (parse, ct) =>
        {
            await using var services = await StoreOptions.OpenAsync(parse, ct);
            var made = await services.GetRequiredService<BuildDigest>().RunAsync(ct);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, made.Markdown, new UTF8Encoding(false), ct);
                Console.Error.WriteLine($"Digest ({made.NewAlerts} new, {made.EscalatedAlerts} escalated) written to {file.FullName}");
            }
            else
            {
                Console.Write(made.Markdown);
            }
            return VigilCli.Ok;
        });
        command.Subcommands.Add(raise);
        command.Subcommands.Add(deliver);
        command.Subcommands.Add(digest);
        return command;
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.Alerts.Notifications;

/// <summary>
/// The daily digest: alerts raised, and alerts escalated, in the 24 hours before now, as Markdown; stored
/// and queued for every enabled webhook. The Markdown is an English document (the digest page shows the same
/// <see cref="DigestContent"/> in the reader's language); each alert is
/// named by its place (country name, admin-1), what rose (its signals' measures) and its months; an escalation's note is
/// quoted only when it is Public, since the digest goes to webhooks outside Vigil and is read by every signed-in user.
/// </summary>
public sealed class BuildDigest(IDbContextFactory<VigilDb> dbFactory, CountryCatalog countries, TimeProvider time,
    IEnumerable<MeasureName> measureNames)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public sealed record DigestPayload(string Type, Guid Id, DateTime CreatedAt, int NewAlerts, int EscalatedAlerts, string Markdown);

    public async Task<AlertDigest> RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var content = await DigestContent.ReadAsync(db, now - Window, now, cancellationToken);
        var digest = AlertDigest.Of(now, content.Raised.Count, content.Escalated.Count, Markdown(content, a => Headline(a, content.Measures)));
        db.Add(digest);
        var payload = JsonSerializer.Serialize(new DigestPayload("digest", digest.Id, now, content.Raised.Count, content.Escalated.Count, digest.Markdown), DeliverWebhooks.Json);
        foreach (var webhook in await db.Set<WebhookSubscription>().Where(w => w.Enabled).ToListAsync(cancellationToken))
        {
            db.Add(WebhookDelivery.Queue(webhook.Id, "digest", payload, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return digest;
    }

    /// <summary>"Central African Republic / Ouham: civilian deaths, fatalities"; "Sudan: entered the forecast top 10" (<see cref="MeasureName"/>).</summary>
    private string Headline(Alert alert, IReadOnlyDictionary<Guid, IReadOnlyList<string>> measures)
    {
        var place = alert.PlaceName(countries, System.Globalization.CultureInfo.InvariantCulture);
        var what = measures.GetValueOrDefault(alert.Id) ?? [];
        return what.Count == 0 ? place : place + ": " + string.Join(", ", what.Select(m => MeasureName.Of(m, measureNames)));
    }

    private static string Markdown(DigestContent content, Func<Alert, string> headline)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Vigil alert digest, {content.From:yyyy-MM-dd HH:mm} to {content.To:yyyy-MM-dd HH:mm} UTC\n\n");
        Section(text, "New alerts", content.Raised, headline, new Dictionary<Guid, string>());
        Section(text, "Escalated alerts", content.Escalated, headline, content.EscalationNotes);
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<Alert> alerts, Func<Alert, string> headline, IReadOnlyDictionary<Guid, string> notes)
    {
        text.Append(CultureInfo.InvariantCulture, $"## {title} ({alerts.Count})\n\n");
        if (alerts.Count == 0)
        {
            text.Append("None.\n\n");
            return;
        }
        foreach (var a in alerts)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"- **{a.Severity.ToString().ToLowerInvariant()}** {Escape(headline(a))} ({a.FirstPeriod:yyyy-MM} to {a.LastPeriod:yyyy-MM}), {a.Status.ToString().ToLowerInvariant()}: /alerts/{a.Id}");
            if (notes.TryGetValue(a.Id, out var note))
            {
                text.Append(" — note: ").Append(Escape(note));
            }
            text.Append('\n');
        }
        text.Append('\n');
    }

    // Headlines carry admin-1 names from event files, and notes are typed by people: keep them from forming Markdown
    // links, emphasis, code or HTML, and from breaking the list item.
    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("[", "\\[").Replace("]", "\\]").Replace("*", "\\*").Replace("_", "\\_")
        .Replace("`", "\\`").Replace("<", "\\<").Replace("\r", " ").Replace("\n", " ");
}

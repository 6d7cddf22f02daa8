using Microsoft.EntityFrameworkCore;
using Vigil.Alerts.Notifications;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.App.Pages.Alerts;

/// <summary>
/// The daily digests, newest first, in the reader's language: each stored digest's window is read again
/// (<see cref="DigestContent"/>) and its alerts named as in the inbox (<see cref="AlertTitle"/>). The stored Markdown is the
/// English text the webhooks received; it is not shown here.
/// </summary>
public sealed class DigestModel(VigilDb db, CountryCatalog countries) : VigilPageModel
{
    public IReadOnlyList<(AlertDigest Digest, DigestContent Content)> Digests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var digests = await db.Set<AlertDigest>().AsNoTracking().OrderByDescending(d => d.CreatedAt).Take(14).ToListAsync(cancellationToken);
        var read = new List<(AlertDigest, DigestContent)>();
        foreach (var digest in digests)
        {
            read.Add((digest, await DigestContent.ReadAsync(db, digest.CreatedAt - BuildDigest.Window, digest.CreatedAt, cancellationToken)));
        }
        Digests = read;
    }

    public AlertTitle TitleOf(DigestContent content, Vigil.Alerts.Alert alert) =>
        AlertTitle.For(alert, content.Measures.GetValueOrDefault(alert.Id) ?? [], countries);
}

using Microsoft.EntityFrameworkCore;
using Vigil.Alerts.Notifications;
using Vigil.App.Pages.Shared;
using Vigil.Storage;

namespace Vigil.App.Pages.Alerts;

/// <summary>The daily digests, newest first (Markdown shown as preformatted, encoded text).</summary>
public sealed class DigestModel(VigilDb db) : VigilPageModel
{
    public IReadOnlyList<AlertDigest> Digests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Digests = await db.Set<AlertDigest>().AsNoTracking().OrderByDescending(d => d.CreatedAt).Take(14).ToListAsync(cancellationToken);
}

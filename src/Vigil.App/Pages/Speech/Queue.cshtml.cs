using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Speech.Monitoring;

namespace Vigil.App.Pages.Speech;

/// <summary>
/// The review queue, most dangerous first, with the Rabat form for the post at <see cref="At"/>: j/k move through the queue, the
/// digits rate, a letter decides, and the next post comes up (speech-review.js); without JavaScript, links and a plain form.
/// </summary>
public sealed class QueueModel(SpeechPostQueries queries, ReclassifyPosts reclassify, SpeechVerdicts verdicts, CountryCatalog countries) : VigilPageModel
{
    public IReadOnlyList<SpeechPost> Posts { get; private set; } = [];
    public ReviewAgreement Agreement { get; private set; } = ReviewAgreement.Of([]);
    public int Unclassified { get; private set; }
    public bool ModelReady => verdicts.IsReady;
    public bool Second { get; private set; }
    public int At { get; private set; }
    public SpeechPost? Current => At < Posts.Count ? Posts[At] : null;
    public bool CanReclassify => Viewer.IsSystem || Roles.CanEdit(Viewer.Role);

    /// <summary>The country the queue is narrowed to (from a country page), or null for every country.</summary>
    public string? Country { get; private set; }

    public async Task OnGetAsync(bool? second, int? at, string? country, CancellationToken cancellationToken)
    {
        Second = second == true;
        Country = countries.Resolve(country)?.Iso3;
        Posts = await queries.QueueAsync(Viewer, Second, null, cancellationToken, Country);
        At = Math.Clamp(at ?? 0, 0, Math.Max(0, Posts.Count - 1));
        Agreement = await queries.AgreementAsync(Viewer, cancellationToken);
        Unclassified = await queries.UnclassifiedAsync(Viewer, cancellationToken);
    }

    public async Task<IActionResult> OnPostReclassifyAsync(CancellationToken cancellationToken)
    {
        if (!CanReclassify)
        {
            throw new AccessDeniedException(SpeechMonitorText.ReclassifyNotAllowed);
        }
        Notice = Localized.Format(SpeechMonitorText.ReclassifiedCount, await reclassify.RunAsync(false, cancellationToken));
        return RedirectToPage();
    }

    /// <summary>Where the Rabat form returns after a decision: the same queue (of the same country), whose next post comes up.</summary>
    public string ReturnTo => (Second ? "second" : "queue") + (Country is null ? "" : ":" + Country);

    public string Link(int at) => (Second ? $"/speech/queue?second=true&at={at}" : $"/speech/queue?at={at}") + (Country is null ? "" : "&country=" + Country);
}

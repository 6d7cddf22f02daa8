using Vigil.App.Pages.Shared;
using Vigil.Speech.Monitoring;

namespace Vigil.App.Pages.Speech;

/// <summary>Referrals per platform and month (share removed within 24 hours, median hours to an answer), and the latest referrals.</summary>
public sealed class ReferralsModel(ReferralReport report) : VigilPageModel
{
    public IReadOnlyList<ReferralMonth> Months { get; private set; } = [];
    public IReadOnlyList<SpeechReferral> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Months = await report.MonthsAsync(Viewer, cancellationToken);
        Latest = [.. (await report.ListAsync(Viewer, null, null, cancellationToken)).Take(50)];
    }
}

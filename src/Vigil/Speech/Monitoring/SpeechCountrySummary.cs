using Vigil.Alerts;

namespace Vigil.Speech.Monitoring;

/// <summary>
/// What a country page shows of hate speech: the country's monthly series (null without classified hate or incitement posts the
/// viewer may see), the surge months of that series, the surge signals whose alert is not closed, and how many of the viewer's
/// visible posts wait for a first review and have been referred to their platform.
/// </summary>
public sealed record SpeechCountrySummary(SurgeSeries? Series, IReadOnlyList<SurgeFinding> Surges, IReadOnlyList<Signal> OpenSignals,
    int AwaitingReview, int Referred)
{
    public bool IsEmpty => Series is null && OpenSignals.Count == 0 && AwaitingReview == 0 && Referred == 0;
}

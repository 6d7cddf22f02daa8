namespace Vigil.Situations;

/// <summary>A situation's warning points and their lags: the latest point's (null when it waits still) and the median of those acted on.</summary>
public sealed record SituationLag(IReadOnlyList<WarningPoint> Points, int? LatestDays, double? MedianDays)
{
    public bool LatestWaiting => Points.Count > 0 && LatestDays is null;
}

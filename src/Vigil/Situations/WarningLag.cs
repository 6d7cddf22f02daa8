namespace Vigil.Situations;

/// <summary>
/// The warning-to-action lag (README, "Warning-to-action lag"): for every warning point — an alert linked to the situation (dated
/// when it was raised) or a status rise to early-warning or above (dated when it happened, back-dated or not) — the whole days from
/// that date to the date of the first action taken (under way or done) on or after it. Planned and abandoned actions do not count.
/// </summary>
public static class WarningLag
{
    public static SituationLag Of(Situation situation)
    {
        var taken = situation.Actions.Where(a => a.IsTaken).Select(a => a.Date).Order().ToList();
        int? DaysFrom(DateOnly date)
        {
            var first = taken.FindIndex(d => d >= date);
            return first < 0 ? null : taken[first].DayNumber - date.DayNumber;
        }
        var points = new List<WarningPoint>();
        foreach (var link in situation.Links.Where(l => l.Kind == LinkKind.Alert))
        {
            var date = DateOnly.FromDateTime(link.WarnedAt);
            points.Add(new WarningPoint(date, link.Kind, link.TargetId, null, DaysFrom(date)));
        }
        foreach (var change in situation.History.Where(IsRise))
        {
            var date = DateOnly.FromDateTime(change.At);
            points.Add(new WarningPoint(date, null, null, change.To, DaysFrom(date)));
        }
        points = [.. points.OrderBy(p => p.Date).ThenBy(p => p.Status is null ? 0 : 1)];
        var acted = points.Where(p => p.DaysToAction is not null).Select(p => p.DaysToAction!.Value).ToList();
        return new SituationLag(points, points.Count == 0 ? null : points[^1].DaysToAction, Median(acted));
    }

    public static LagSummary Across(IReadOnlyCollection<SituationLag> lags)
    {
        var points = lags.SelectMany(l => l.Points).ToList();
        var acted = points.Where(p => p.DaysToAction is not null).Select(p => p.DaysToAction!.Value).ToList();
        double? Share(int days) => points.Count == 0 ? null : (double)acted.Count(d => d <= days) / points.Count;
        return new LagSummary(lags.Count, points.Count, acted.Count, Median(acted), Share(7), Share(30), points.Count - acted.Count);
    }

    /// <summary>A change up to early-warning or a higher active status from a lower one (closing is no warning).</summary>
    public static bool IsRise(SituationStatusChange change) =>
        change.From is { } from && change.To is >= SituationStatus.EarlyWarning and < SituationStatus.Closed && change.To > from;

    public static double? Median(IReadOnlyCollection<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}

using Vigil.Alerts;
using Vigil.Events.Series;

namespace Vigil.Events.Escalation;

/// <summary>
/// Scores national escalation findings against EWP onsets. An onset (year Y) is covered when the country's
/// series starts by January of Y−1 and runs through December of Y; it is detected when a signal fires
/// from January Y−1 to December Y (the year before the onset, and the onset year: EWP back-dates onsets
/// to the first year with more than 100 killings). Every signal in a covered country-year outside
/// [onset−1, end] of all the country's episodes is a false alarm.
/// </summary>
public static class EscalationValidation
{
    public static ValidationReport Evaluate(IReadOnlyList<EventSeries> series, IReadOnlyList<EscalationFinding> findings,
        IReadOnlyList<MassKillingEpisode> episodes, EscalationOptions options)
    {
        var national = series.Where(s => s.IsNational && s.Rows.Count > 0).ToDictionary(s => s.Country);
        var signals = findings.Where(f => f.Admin1.Length == 0).ToList();
        var onsets = new List<OnsetResult>();
        var notCovered = 0;
        foreach (var episode in episodes.OrderBy(e => e.CountryIso3, StringComparer.Ordinal).ThenBy(e => e.StartYear))
        {
            if (!national.TryGetValue(episode.CountryIso3, out var s)
                || s.Rows[0].Month > (episode.StartYear - 1) * 100 + 1 || s.Rows[^1].Month < episode.StartYear * 100 + 12)
            {
                notCovered++;
                continue;
            }
            var window = signals.Where(f => f.Country == episode.CountryIso3
                && f.Month >= (episode.StartYear - 1) * 100 + 1 && f.Month <= episode.StartYear * 100 + 12).ToList();
            var first = window.Count > 0 ? window.Min(f => f.Month) : (int?)null;
            onsets.Add(new OnsetResult(episode, s.Source, window.Count > 0, first,
                first is { } m ? YearMonth.Between(m, episode.StartYear * 100 + 1) : null,
                window.Count, window.Count > 0 ? window.Max(f => f.Severity) : null));
        }
        var rates = Enum.GetValues<SignalSeverity>().Select(level => Rate(national.Values, signals, episodes, options, level)).ToList();
        return new ValidationReport(onsets, rates, notCovered);
    }

    private static FalseAlarmRate Rate(IEnumerable<EventSeries> series, List<EscalationFinding> signals,
        IReadOnlyList<MassKillingEpisode> episodes, EscalationOptions options, SignalSeverity level)
    {
        int countryYears = 0, count = 0, withSignal = 0;
        foreach (var s in series)
        {
            // Only years every month of which could be judged (enough history before them, data to December).
            var firstJudged = s.Rows[Math.Min(options.MinimumHistory, s.Rows.Count - 1)].Month;
            var firstYear = firstJudged % 100 == 1 ? firstJudged / 100 : firstJudged / 100 + 1;
            var lastYear = s.Rows[^1].Month % 100 == 12 ? s.Rows[^1].Month / 100 : s.Rows[^1].Month / 100 - 1;
            for (var year = firstYear; year <= lastYear; year++)
            {
                if (episodes.Any(e => e.CountryIso3 == s.Country && year >= e.StartYear - 1 && year <= (e.EndYear ?? int.MaxValue)))
                {
                    continue;
                }
                countryYears++;
                // Alarm months: several measures firing in one month are one alarm.
                var n = signals.Where(f => f.Country == s.Country && f.Month / 100 == year && f.Severity >= level).Select(f => f.Month).Distinct().Count();
                count += n;
                withSignal += n > 0 ? 1 : 0;
            }
        }
        return new FalseAlarmRate(level, countryYears, count, withSignal);
    }
}

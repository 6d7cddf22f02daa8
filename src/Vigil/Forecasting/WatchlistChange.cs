using Vigil.Alerts;

namespace Vigil.Forecasting;

/// <summary>
/// A change in the forecast ranking worth an analyst's attention, handed to alerts as a
/// <see cref="Signal"/> with origin <see cref="Origin"/>. Between a run and the previous run of the
/// same model: a country that enters the top 10 (<see cref="Top10"/>, high), enters the top 30
/// (<see cref="Top30"/>, moderate), or climbs at least <see cref="RiseRanks"/> places to rank 60 or
/// better (<see cref="Rise"/>, low). The first run of a model has no baseline and reports nothing: a
/// country that was first in every run never "entered" the top 10. Changes are dated by the data year
/// the run forecasts from (<see cref="PeriodOf"/>), not the day it ran. Observed and expected are the
/// risk now and before, in percent; the score is the risk in percent, so an alert rule's minimum score
/// reads as a minimum risk.
/// </summary>
public sealed record WatchlistChange(string Iso3, string Measure, SignalSeverity Severity, double Risk, double? PreviousRisk,
    int Rank, int? PreviousRank)
{
    public const string Origin = "forecasts";
    public const string Top10 = "forecast_top10";
    public const string Top30 = "forecast_top30";
    public const string Rise = "forecast_rise";
    public const int RiseRanks = 20;

    /// <summary>The measures alert rules can filter forecast signals on.</summary>
    public static IReadOnlyList<string> Measures { get; } = [Top10, Top30, Rise];

    /// <summary>How the digest (English, sent outside Vigil) names them.</summary>
    public static IReadOnlyList<MeasureName> MeasureNames { get; } =
    [
        new(Top10, "entered the forecast top 10"),
        new(Top30, "entered the forecast top 30"),
        new(Rise, $"climbed {RiseRanks} or more places in the forecast"),
    ];

    public static IReadOnlyList<WatchlistChange> Between(ForecastRun? previous, ForecastRun current)
    {
        if (previous is null)
        {
            return [];
        }
        var before = previous.Entries.Where(e => e.Iso3 is not null).ToDictionary(e => e.Iso3!, StringComparer.Ordinal);
        var changes = new List<WatchlistChange>();
        foreach (var entry in current.Entries.Where(e => e.Iso3 is not null).OrderBy(e => e.Rank))
        {
            before.TryGetValue(entry.Iso3!, out var old);
            var change = Classify(entry.Rank, old?.Rank);
            if (change is { } c)
            {
                changes.Add(new WatchlistChange(entry.Iso3!, c.Measure, c.Severity, entry.Risk * 100, old?.Risk * 100, entry.Rank, old?.Rank));
            }
        }
        return changes;
    }

    private static (string Measure, SignalSeverity Severity)? Classify(int rank, int? previousRank)
    {
        // A country without a forecast in the previous run (new data) counts as coming from outside the list.
        var was = previousRank ?? int.MaxValue;
        return rank <= 10 && was > 10 ? (Top10, SignalSeverity.High)
            : rank <= 30 && was > 30 ? (Top30, SignalSeverity.Moderate)
            : rank <= 60 && previousRank is { } p && p - rank >= RiseRanks ? (Rise, SignalSeverity.Low)
            : null;
    }

    /// <summary>
    /// The period a change is about: the first day of the data year the run forecasts from, so that the alert reads
    /// "2024" for the 2024 data whether the run was made in 2025 or replayed later; pages show forecast periods as years.
    /// </summary>
    public static DateOnly PeriodOf(ForecastRun run) => new(run.DataYear, 1, 1);

    /// <summary>The signal's data source: the data set and the model ("ewp:ensemble").</summary>
    public static string SourceOf(string model) => "ewp:" + (model.Length > 16 ? model[..16] : model);
}

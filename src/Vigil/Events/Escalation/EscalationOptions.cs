namespace Vigil.Events.Escalation;

/// <summary>Tuning of the escalation detector; the defaults are the ones validated in docs/events.md.</summary>
public sealed record EscalationOptions
{
    /// <summary>Months of history the baseline is fitted on (the most recent, up to this many).</summary>
    public int Window { get; init; } = 24;

    /// <summary>No month is judged before this many months of history exist.</summary>
    public int MinimumHistory { get; init; } = 12;

    /// <summary>Smallest -log10 p that counts: 3 means the month is a 1-in-1,000 surprise under the baseline.</summary>
    public double MinimumScore { get; init; } = 3;

    /// <summary>Observed must also be at least this multiple of expected (large steady series are rarely "surprising" by a few percent).</summary>
    public double MinimumRatio { get; init; } = 1.5;

    /// <summary>Scores are capped here (p below 1e-30 is all the same for a warning).</summary>
    public double MaximumScore { get; init; } = 30;
}

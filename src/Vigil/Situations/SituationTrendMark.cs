namespace Vigil.Situations;

/// <summary>A month's trend of a situation (one per month; marking the month again replaces it).</summary>
public sealed class SituationTrendMark
{
    private SituationTrendMark()
    {
    }

    internal SituationTrendMark(Guid situationId, DateOnly month, SituationTrend trend, string by, string? note, DateTime at)
    {
        SituationId = situationId;
        Month = month;
        Mark(trend, by, note, at);
    }

    public Guid SituationId { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; private set; }
    public SituationTrend Trend { get; private set; }
    public string By { get; private set; } = "";
    public string? Note { get; private set; }
    public DateTime At { get; private set; }

    internal void Mark(SituationTrend trend, string by, string? note, DateTime at)
    {
        Trend = trend;
        By = by;
        Note = note;
        At = at;
    }
}

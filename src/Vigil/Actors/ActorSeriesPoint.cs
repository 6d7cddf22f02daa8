namespace Vigil.Actors;

/// <summary>One month of one source identity's events (all countries).</summary>
public sealed record ActorSeriesPoint(int Month, int Events, int CivilianEvents, long Deaths)
{
    public string MonthText => Vigil.Events.YearMonth.Text(Month);
}

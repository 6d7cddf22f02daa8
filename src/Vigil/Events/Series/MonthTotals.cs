namespace Vigil.Events.Series;

/// <summary>Running totals of one place-month; fractional while events of long, imprecise spans are spread over their months.</summary>
internal sealed class MonthTotals
{
    public double Events { get; set; }
    public double Fatalities { get; set; }
    public double CivilianEvents { get; set; }
    public double CivilianDeaths { get; set; }

    public void Add(double events, double fatalities, double civilianEvents, double civilianDeaths)
    {
        Events += events;
        Fatalities += fatalities;
        CivilianEvents += civilianEvents;
        CivilianDeaths += civilianDeaths;
    }

}

namespace Vigil.Events.Series;

/// <summary>
/// One country-month (or admin-1-month) of one source. Civilian events are one-sided violence (GED
/// type 3, ACLED "Violence against civilians"); civilian deaths are GED deaths_civilians or the
/// fatalities of ACLED violence against civilians.
/// </summary>
public sealed record SeriesRow(string Country, string Admin1, int Month, int Events, int Fatalities, int CivilianEvents, int CivilianDeaths)
{
    /// <summary>The month as YYYY-MM.</summary>
    public string MonthText => YearMonth.Text(Month);
}

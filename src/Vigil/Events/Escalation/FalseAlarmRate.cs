using Vigil.Alerts;

namespace Vigil.Events.Escalation;

/// <summary>Alarm months (months with at least one signal) outside any episode, per country-year.</summary>
public sealed record FalseAlarmRate(SignalSeverity MinimumSeverity, int CountryYears, int AlarmMonths, int CountryYearsWithSignal)
{
    public double AlarmsPerCountryYear => CountryYears == 0 ? 0 : (double)AlarmMonths / CountryYears;
    public double ShareOfCountryYears => CountryYears == 0 ? 0 : (double)CountryYearsWithSignal / CountryYears;
}

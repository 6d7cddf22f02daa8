using System.Globalization;

namespace Vigil.Events.Series;

/// <summary>
/// One country-month (or admin-1-month) of one source. Civilian events are one-sided violence (GED
/// type 3, ACLED "Violence against civilians"); civilian deaths are GED deaths_civilians or the
/// fatalities of ACLED violence against civilians.
/// </summary>
public sealed record SeriesRow(string Country, string Admin1, int Month, int Events, int Fatalities, int CivilianEvents, int CivilianDeaths)
{
    /// <summary>The month as YYYY-MM.</summary>
    public string MonthText => $"{Month / 100:D4}-{Month % 100:D2}";

    public static int NextMonth(int month) => month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;

    public static int MonthsBetween(int from, int to) => (to / 100 - from / 100) * 12 + (to % 100 - from % 100);

    public static int ParseMonth(string text) =>
        DateOnly.TryParseExact(text + (text.Length == 7 ? "-01" : ""), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Event.MonthOf(date)
            : throw new FormatException($"'{text}' is not a date (YYYY-MM or YYYY-MM-DD)");
}

namespace Vigil.Events;

/// <summary>
/// How exactly a source knows an event's date, on UCDP GED's date_prec scale:
/// ACLED time_precision 1/2/3 maps to Day/Week/Month; GDELT dates are Day.
/// </summary>
public enum DatePrecision
{
    Day = 1,
    Days = 2,
    Week = 3,
    Month = 4,
    LongerThanMonth = 5,
}

using System.Globalization;

namespace Vigil.Events.Import;

/// <summary>
/// Dates in the forms the sources write them: ISO (GED, ACLED 2020), ISO with a midnight time
/// (GED converted from R), "06 December 2022" (ACLED export tool and API), dd/mm/yyyy (ACLED v6),
/// yyyymmdd (GDELT SQLDATE).
/// </summary>
internal static class EventDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "dd MMMM yyyy", "d MMMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyyMMdd", "dd-MMM-yyyy", "d-MMM-yyyy", "dd MMM yyyy", "d MMM yyyy",
        "MMMM d, yyyy", "d-MMMM-yyyy", "dd-MMMM-yyyy", "yyyy/MM/dd", "dd-MMM-yy", "d-MMM-yy",
    ];

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        // "1992-09-01 00:00:00.000" and "2020-01-18T00:00:00Z": the date part is what counts.
        if (text.Length > 10 && text[4] == '-' && text[7] == '-' && (text[10] == ' ' || text[10] == 'T'))
        {
            text = text[..10];
        }
        if (TryParseDigits(text, out date))
        {
            return date.Year >= 1900 && date.Year <= DateTime.UtcNow.Year + 1;
        }
        if (!DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }
        // Before 1900 or far ahead is a typo, not an event of organised violence in these data sets.
        return date.Year >= 1900 && date.Year <= DateTime.UtcNow.Year + 1;
    }

    // The two all-digit forms cover almost every row; parsing them by hand keeps a million-row import fast.
    private static bool TryParseDigits(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            if (!Digits(text[..4], out year) || !Digits(text.Slice(5, 2), out month) || !Digits(text.Slice(8, 2), out day))
            {
                return false;
            }
        }
        else if (text.Length == 8)
        {
            if (!Digits(text[..4], out year) || !Digits(text.Slice(4, 2), out month) || !Digits(text.Slice(6, 2), out day))
            {
                return false;
            }
        }
        else
        {
            return false;
        }
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var ch in text)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
            value = value * 10 + (ch - '0');
        }
        return true;
    }
}

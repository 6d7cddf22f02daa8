using System.Globalization;

namespace Vigil.Events;

/// <summary>
/// Months as Vigil stores and groups them: the number yyyyMM (201312 is December 2013), which sorts and compares
/// like the months themselves. Every conversion and month arithmetic lives here.
/// </summary>
public static class YearMonth
{
    public static int Of(DateOnly date) => date.Year * 100 + date.Month;

    public static DateOnly FirstDay(int month) => new(month / 100, month % 100, 1);

    /// <summary>YYYY-MM.</summary>
    public static string Text(int month) => $"{month / 100:D4}-{month % 100:D2}";

    /// <summary>The month <paramref name="count"/> months later (earlier when negative).</summary>
    public static int Add(int month, int count)
    {
        var index = (month / 100 * 12) + (month % 100 - 1) + count;
        return (index / 12 * 100) + (index % 12) + 1;
    }

    /// <summary>How many months from <paramref name="from"/> to <paramref name="to"/> (0 for the same month).</summary>
    public static int Between(int from, int to) => ((to / 100 - from / 100) * 12) + (to % 100 - from % 100);

    /// <summary>Reads YYYY-MM or YYYY-MM-DD.</summary>
    public static bool TryParse(string text, out int month)
    {
        var trimmed = text.Trim();
        var ok = DateOnly.TryParseExact(trimmed + (trimmed.Length == 7 ? "-01" : ""), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        month = ok ? Of(date) : 0;
        return ok;
    }
}

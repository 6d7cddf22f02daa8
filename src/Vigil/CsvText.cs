using System.Globalization;

namespace Vigil;

/// <summary>
/// The one cell rule for every CSV Vigil writes (events, series, assessments, audit log, forecasts, import reports).
/// Text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first; not a plain number) gets
/// an apostrophe in front, since most of it comes from outside (event notes, names, evidence); then RFC 4180 quoting.
/// </summary>
public static class CsvText
{
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

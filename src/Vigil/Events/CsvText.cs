namespace Vigil.Events;

/// <summary>RFC 4180 quoting for the CSV files Vigil writes.</summary>
public static class CsvText
{
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

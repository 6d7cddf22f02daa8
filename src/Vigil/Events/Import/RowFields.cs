using System.Globalization;
using nietras.SeparatedValues;

namespace Vigil.Events.Import;

/// <summary>
/// Typed, trimmed access to the fields of one CSV row. A failed parse records the first problem
/// (field name and reason) so a mapper can read on and reject the row once.
/// </summary>
internal ref struct RowFields(SepReader.Row row, IReadOnlyList<string> names, bool naIsMissing)
{
    private readonly SepReader.Row _row = row;

    public string? ProblemField { get; private set; }
    public string? ProblemReason { get; private set; }
    public readonly bool HasProblem => ProblemField is not null;

    public readonly ReadOnlySpan<char> Span(int col)
    {
        if (col < 0 || col >= _row.ColCount)
        {
            return default;
        }
        var span = _row[col].Span.Trim();
        return MissingValues.IsMissing(span, naIsMissing) ? default : span;
    }

    public readonly string? Text(int col)
    {
        var span = Span(col);
        return span.IsEmpty ? null : span.ToString();
    }

    public readonly string? Text(int col, TextPool pool)
    {
        var span = Span(col);
        return span.IsEmpty ? null : pool.Get(span);
    }

    public string Required(int col)
    {
        var span = Span(col);
        if (span.IsEmpty)
        {
            Fail(col, "is empty");
            return "";
        }
        return span.ToString();
    }

    public int? Int(int col)
    {
        var span = Span(col);
        if (span.IsEmpty)
        {
            return null;
        }
        if (int.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        // Some exports write whole numbers as floats ("12.0").
        if (double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && Math.Abs(real) < int.MaxValue)
        {
            return (int)real;
        }
        Fail(col, $"'{Clip(span)}' is not a whole number");
        return null;
    }

    public double? Double(int col, double min, double max)
    {
        var span = Span(col);
        if (span.IsEmpty)
        {
            return null;
        }
        if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Fail(col, $"'{Clip(span)}' is not a number");
            return null;
        }
        if (value < min || value > max)
        {
            Fail(col, $"{value.ToString(CultureInfo.InvariantCulture)} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    public DateOnly? Date(int col, bool required)
    {
        var span = Span(col);
        if (span.IsEmpty)
        {
            if (required)
            {
                Fail(col, "is empty");
            }
            return null;
        }
        if (EventDates.TryParse(span, out var date))
        {
            return date;
        }
        Fail(col, $"'{Clip(span)}' is not a date");
        return null;
    }

    public void Fail(int col, string reason)
    {
        if (ProblemField is null)
        {
            ProblemField = col >= 0 && col < names.Count && names[col].Length > 0 ? names[col] : $"column {col + 1}";
            ProblemReason = reason;
        }
    }

    public void Fail(string field, string reason)
    {
        if (ProblemField is null)
        {
            ProblemField = field;
            ProblemReason = reason;
        }
    }

    private static string Clip(ReadOnlySpan<char> span) => span.Length <= 40 ? span.ToString() : string.Concat(span[..40], "…");
}

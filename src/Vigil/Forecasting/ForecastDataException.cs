namespace Vigil.Forecasting;

/// <summary>The country-year table is malformed; the message names the file, line and column.</summary>
public sealed class ForecastDataException(string file, int line, string? column, string problem)
    : Exception(column is null ? $"{file}:{line}: {problem}" : $"{file}:{line}: column '{column}': {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string? Column { get; } = column;
}

namespace Vigil.Forecasting;

/// <summary>The country-year table is malformed; the message names the file, line (0 = the file as a whole) and column.</summary>
public sealed class ForecastDataException(string file, int line, string? column, string problem)
    : Exception((line > 0 ? $"{file}:{line}: " : $"{file}: ") + (column is null ? problem : $"column '{column}': {problem}"))
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string? Column { get; } = column;
}

using System.Globalization;
using nietras.SeparatedValues;

namespace Vigil.Forecasting;

/// <summary>
/// The EWP country-year modelling table (e.g. prepared2024predictors-2025-09-03.csv), validated:
/// every required column present, numbers where numbers belong, outcomes 0/1, one row per
/// (ewp_name, year). Empty fields (and "NA") are missing values.
/// </summary>
public sealed class CountryYearTable
{
    public static readonly IReadOnlyList<string> OutcomeColumns = ["mk_onset", "mk_onset_1or2", "mk_onset_1", "mk_onset_2"];

    public CountryYearTable(string source, IReadOnlyList<CountryYear> rows)
    {
        Source = source;
        Rows = rows;
    }

    public string Source { get; }

    public IReadOnlyList<CountryYear> Rows { get; }

    public int FirstYear => Rows.Min(r => r.Year);

    public int LastYear => Rows.Max(r => r.Year);

    /// <summary>
    /// The table as it stood when <paramref name="lastYear"/> was the latest year: later rows dropped and outcomes
    /// that lie after it made unknown (as the real table leaves its own last years), so a forecast made from it
    /// sees nothing later — e.g. to store the previous year's forecast beside the latest one.
    /// </summary>
    public CountryYearTable AsOf(int lastYear)
    {
        int? Known(int? outcome, int year) => year <= lastYear ? outcome : null;
        List<CountryYear> rows = [.. Rows.Where(r => r.Year <= lastYear).Select(r =>
        {
            var next = Known(r.MkOnset1, r.Year + 1);
            var after = Known(r.MkOnset2, r.Year + 2);
            // The EWP codes the two-year outcome 0 where its future is unknown; HasKnownTarget tells them apart.
            var either = next == 1 || after == 1 ? 1 : r.MkOnset1Or2 is null ? (int?)null : 0;
            return r with { MkOnset1 = next, MkOnset2 = after, MkOnset1Or2 = either };
        })];
        if (rows.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, $"The table starts in {FirstYear}.");
        }
        return new CountryYearTable(Source, rows);
    }

    public static CountryYearTable Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ForecastDataException(path, 0, null, "file not found.");
        }
        using var reader = Sep.New(',').Reader(o => o with { DisableColCountCheck = true, Unescape = true }).FromFile(path);
        return Read(reader, path);
    }

    public static CountryYearTable Parse(string csvText, string name)
    {
        using var reader = Sep.New(',').Reader(o => o with { DisableColCountCheck = true, Unescape = true }).FromText(csvText);
        return Read(reader, name);
    }

    private static CountryYearTable Read(SepReader reader, string file)
    {
        var predictors = PredictorCatalog.Ids;
        var header = reader.Header;
        string[] required = ["ewp_name", "ccode", .. predictors, .. OutcomeColumns];
        if (header.ColNames.Count == 0)
        {
            throw new ForecastDataException(file, 1, null, "the file is empty; expected a header row.");
        }
        var missing = required.Where(c => !header.TryIndexOf(c, out _)).ToList();
        if (missing.Count > 0)
        {
            throw new ForecastDataException(file, 1, missing[0],
                $"required column missing from the header (all missing: {string.Join(", ", missing)}).");
        }
        var predictorIndex = predictors.Select(header.IndexOf).ToArray();
        int nameIndex = header.IndexOf("ewp_name"), yearIndex = header.IndexOf("year"), ccodeIndex = header.IndexOf("ccode");
        var outcomeIndex = OutcomeColumns.Select(header.IndexOf).ToArray();
        var headerCount = header.ColNames.Count;

        var rows = new List<CountryYear>();
        var seen = new Dictionary<(string, int), int>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != headerCount)
            {
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
                {
                    continue;
                }
                throw new ForecastDataException(file, line, null, $"{row.ColCount} fields where the header has {headerCount}.");
            }
            var name = row[nameIndex].ToString().Trim();
            if (name.Length == 0)
            {
                throw new ForecastDataException(file, line, "ewp_name", "empty country name.");
            }
            var year = RequiredInt(row[yearIndex].Span, file, line, "year");
            var ccode = RequiredInt(row[ccodeIndex].Span, file, line, "ccode");
            var values = new double[predictors.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Number(row[predictorIndex[i]].Span, file, line, predictors[i]);
            }
            var outcomes = new int?[OutcomeColumns.Count];
            for (var i = 0; i < outcomes.Length; i++)
            {
                outcomes[i] = Binary(row[outcomeIndex[i]].Span, file, line, OutcomeColumns[i]);
            }
            if (seen.TryGetValue((name, year), out var firstLine))
            {
                throw new ForecastDataException(file, line, "ewp_name",
                    $"duplicate country-year '{name}' {year} (first seen on line {firstLine}).");
            }
            seen.Add((name, year), line);
            rows.Add(new CountryYear(name, year, ccode, values, outcomes[0], outcomes[1], outcomes[2], outcomes[3], line));
        }
        if (rows.Count == 0)
        {
            throw new ForecastDataException(file, 2, null, "the table has a header but no rows.");
        }
        return new CountryYearTable(file, rows);
    }

    private static bool IsMissing(ReadOnlySpan<char> text) => text.IsWhiteSpace() || text.Trim() is "NA";

    private static double Number(ReadOnlySpan<char> text, string file, int line, string column)
    {
        if (IsMissing(text))
        {
            return double.NaN;
        }
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new ForecastDataException(file, line, column, $"'{text.ToString()}' is not a number.");
        }
        return value;
    }

    private static int RequiredInt(ReadOnlySpan<char> text, string file, int line, string column)
    {
        if (IsMissing(text))
        {
            throw new ForecastDataException(file, line, column, "required value is empty.");
        }
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value != Math.Round(value)
            || Math.Abs(value) > int.MaxValue)
        {
            throw new ForecastDataException(file, line, column, $"'{text.ToString()}' is not a whole number.");
        }
        return (int)value;
    }

    private static int? Binary(ReadOnlySpan<char> text, string file, int line, string column)
    {
        if (IsMissing(text))
        {
            return null;
        }
        return text.Trim() switch
        {
            "0" or "0.0" => 0,
            "1" or "1.0" => 1,
            _ => throw new ForecastDataException(file, line, column, $"'{text.ToString()}' is not 0, 1 or empty."),
        };
    }
}

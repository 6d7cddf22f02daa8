using System.Globalization;
using nietras.SeparatedValues;

namespace Vigil.Forecasting;

/// <summary>
/// A backtest's country-years as CSV, with the EWP FOOS file's columns first
/// (<c>year,ewp_name,ccode,mk_onset,maxrisk2,minrank2</c>), so a file written by Vigil and the
/// EWP's own FOOS file can both be read back and compared.
/// </summary>
public static class FoosFile
{
    private static readonly string[] Required = ["year", "ewp_name", "ccode", "mk_onset", "maxrisk2", "minrank2"];

    public static void Write(string path, FoosResult result)
    {
        // Sep separates; CsvText.Cell quotes each text cell (and defuses formulas), so Sep does not escape again.
        using var writer = Sep.New(',').Writer(o => o with { Escape = false }).ToFile(path);
        foreach (var r in result.Rows)
        {
            using var row = writer.NewRow();
            row["year"].Format(r.Year);
            row["ewp_name"].Set(CsvText.Cell(r.EwpName));
            row["ccode"].Format(r.Ccode);
            row["mk_onset"].Format(r.MkOnset);
            row["maxrisk2"].Format(r.MaxRisk2);
            row["minrank2"].Format(r.MinRank2);
            row["risk_from_y1"].Set(r.RiskFromYearBefore is { } a ? a.ToString("R", CultureInfo.InvariantCulture) : "");
            row["risk_from_y2"].Set(r.RiskFromTwoYearsBefore is { } b ? b.ToString("R", CultureInfo.InvariantCulture) : "");
            row["model"].Set(CsvText.Cell(result.Model));
        }
    }

    /// <summary>Reads the six FOOS columns (others are ignored); errors name the file, line and column.</summary>
    public static IReadOnlyList<FoosRow> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ForecastDataException(path, 0, null, "file not found.");
        }
        using var reader = Sep.New(',').Reader(o => o with { DisableColCountCheck = true, Unescape = true }).FromFile(path);
        if (!reader.HasHeader || reader.Header.ColNames.Count == 0 || reader.Header.ColNames is [""])
        {
            throw new ForecastDataException(path, 1, null, "the file is empty; expected a header row.");
        }
        var names = reader.Header.ColNames;
        if (Required.FirstOrDefault(c => !names.Contains(c)) is { } missing)
        {
            throw new ForecastDataException(path, 1, missing,
                $"missing; a FOOS file has the columns {string.Join(",", Required)} (as `vigil forecast backtest --out` writes them).");
        }
        var rows = new List<FoosRow>();
        var seen = new HashSet<(int, string)>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var year = Whole(row["year"].Span, path, line, "year");
            var name = row["ewp_name"].ToString().Trim();
            if (name.Length == 0)
            {
                throw new ForecastDataException(path, line, "ewp_name", "empty country name.");
            }
            if (!seen.Add((year, name)))
            {
                throw new ForecastDataException(path, line, "ewp_name", $"'{name}' appears twice in {year}.");
            }
            var onset = Whole(row["mk_onset"].Span, path, line, "mk_onset");
            if (onset is not (0 or 1))
            {
                throw new ForecastDataException(path, line, "mk_onset", $"'{onset}' is not 0 or 1.");
            }
            var risk = Probability(row["maxrisk2"].Span, path, line);
            var rank = Whole(row["minrank2"].Span, path, line, "minrank2");
            if (rank < 1)
            {
                throw new ForecastDataException(path, line, "minrank2", $"'{rank}' is not a rank (1 = highest risk).");
            }
            rows.Add(new FoosRow(year, name, Whole(row["ccode"].Span, path, line, "ccode"), onset, risk, rank, null, null));
        }
        if (rows.Count == 0)
        {
            throw new ForecastDataException(path, 2, null, "the file has a header but no rows.");
        }
        return rows;
    }

    private static int Whole(ReadOnlySpan<char> text, string file, int line, string column)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value != Math.Round(value)
            || Math.Abs(value) > int.MaxValue)
        {
            throw new ForecastDataException(file, line, column, text.IsWhiteSpace() ? "required value is empty." : $"'{text.ToString()}' is not a whole number.");
        }
        return (int)value;
    }

    private static double Probability(ReadOnlySpan<char> text, string file, int line)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1 or double.NaN)
        {
            throw new ForecastDataException(file, line, "maxrisk2", text.IsWhiteSpace() ? "required value is empty." : $"'{text.ToString()}' is not a probability between 0 and 1.");
        }
        return value;
    }
}

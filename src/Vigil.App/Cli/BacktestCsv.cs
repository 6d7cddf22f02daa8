using nietras.SeparatedValues;
using Vigil.Forecasting;

namespace Vigil.App.Cli;

/// <summary>The backtest file, with the EWP FOOS file's columns first.</summary>
public static class BacktestCsv
{
    public static void Write(string path, FoosResult result)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        foreach (var r in result.Rows)
        {
            using var row = writer.NewRow();
            row["year"].Format(r.Year);
            row["ewp_name"].Set(r.EwpName);
            row["ccode"].Format(r.Ccode);
            row["mk_onset"].Format(r.MkOnset);
            row["maxrisk2"].Format(r.MaxRisk2);
            row["minrank2"].Format(r.MinRank2);
            row["risk_from_y1"].Set(r.RiskFromYearBefore is { } a ? a.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "");
            row["risk_from_y2"].Set(r.RiskFromTwoYearsBefore is { } b ? b.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "");
            row["model"].Set(result.Model);
        }
    }
}

using System.Globalization;
using nietras.SeparatedValues;
using Vigil.Forecasting;

namespace Vigil.App.Cli;

/// <summary>The `forecast run` file: one row per country, ranked, with its explaining predictors.</summary>
public static class RunCsv
{
    public static void Write(string path, ForecastRun run)
    {
        // Sep separates; CsvText.Cell quotes each text cell (and defuses formulas), so Sep does not escape again.
        using var writer = Sep.New(',').Writer(o => o with { Escape = false }).ToFile(path);
        foreach (var e in run.Entries.OrderBy(e => e.Rank).ThenBy(e => e.EwpName, StringComparer.Ordinal))
        {
            using var row = writer.NewRow();
            row["ccode"].Format(e.Ccode);
            row["ewp_name"].Set(CsvText.Cell(e.EwpName));
            row["iso3"].Set(CsvText.Cell(e.Iso3 ?? ""));
            row["risk"].Format(e.Risk);
            row["rank"].Format(e.Rank);
            row["raising_risk"].Set(CsvText.Cell(Drivers(e.RaisingRisk)));
            row["lowering_risk"].Set(CsvText.Cell(Drivers(e.LoweringRisk)));
            row["risk_factors"].Set(CsvText.Cell(string.Join(";", e.RaisingRisk.SelectMany(d => d.RiskFactors).Distinct())));
            row["risk_factor_effects"].Set(CsvText.Cell(FactorEffects(e)));
            row["data_year"].Format(run.DataYear);
            row["model"].Set(CsvText.Cell(run.Model));
        }
    }

    /// <summary>"RF1 +1.10; RF3 +0.30; RF5 -0.10" — net log-odds of each risk factor's predictors, factors with an effect only.</summary>
    public static string FactorEffects(ForecastEntry entry) =>
        string.Join("; ", entry.RiskFactorEffects([]).Where(f => f.Predictors.Count > 0)
            .OrderBy(f => int.TryParse(f.Factor.AsSpan(2), CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Factor} {f.Contribution:+0.00;-0.00;0.00}")));

    /// <summary>"battledeaths.log2 +0.82 [RF1]; coup.try.5yr +0.31 [RF1/RF3]" — contributions in log-odds.</summary>
    public static string Drivers(IEnumerable<ForecastDriver> drivers) =>
        string.Join("; ", drivers.Select(d => string.Create(CultureInfo.InvariantCulture,
            $"{d.Predictor} {d.Contribution:+0.00;-0.00}{(d.RiskFactors.Count == 0 ? "" : $" [{string.Join("/", d.RiskFactors)}]")}")));
}

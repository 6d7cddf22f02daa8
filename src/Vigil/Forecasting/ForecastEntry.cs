using System.Text.Json;

namespace Vigil.Forecasting;

/// <summary>One country's line in a <see cref="ForecastRun"/>; the explaining predictors are kept as JSON.</summary>
public sealed class ForecastEntry
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ForecastEntry()
    {
    }

    public Guid RunId { get; private set; }
    public string EwpName { get; private set; } = "";
    public int Ccode { get; private set; }
    public string? Iso3 { get; private set; }
    public double Risk { get; private set; }
    public int Rank { get; private set; }
    public string RaisingJson { get; private set; } = "[]";
    public string LoweringJson { get; private set; } = "[]";

    /// <summary>Every predictor's push, largest first; "[]" in runs stored before it was kept.</summary>
    public string ContributionsJson { get; private set; } = "[]";

    public IReadOnlyList<ForecastDriver> RaisingRisk => JsonSerializer.Deserialize<List<ForecastDriver>>(RaisingJson, Json) ?? [];

    public IReadOnlyList<ForecastDriver> LoweringRisk => JsonSerializer.Deserialize<List<ForecastDriver>>(LoweringJson, Json) ?? [];

    /// <summary>Every predictor's push; for runs stored before all were kept, the ones pushing most up and down.</summary>
    public IReadOnlyList<ForecastDriver> Contributions =>
        JsonSerializer.Deserialize<List<ForecastDriver>>(ContributionsJson, Json) is { Count: > 0 } all ? all : [.. RaisingRisk, .. LoweringRisk];

    /// <summary>
    /// The predictors pushing the risk up most, as an analyst reads them: the time trend (year, year squared) left out, since it
    /// moves every country's risk alike and says nothing about this country (<see cref="TimeTrend"/>). The stored
    /// <see cref="RaisingRisk"/> keeps the model's own top list.
    /// </summary>
    public IReadOnlyList<ForecastDriver> RaisingForAnalyst => ForAnalyst(up: true);

    /// <summary>The predictors pushing the risk down most, the time trend left out (<see cref="RaisingForAnalyst"/>).</summary>
    public IReadOnlyList<ForecastDriver> LoweringForAnalyst => ForAnalyst(up: false);

    /// <summary>The time trend's push in log-odds (under the elastic net the same for every country of a run).</summary>
    public double TimeTrend => Contributions.Where(IsTimeTrend).Sum(d => d.Contribution);

    private IReadOnlyList<ForecastDriver> ForAnalyst(bool up) =>
        [.. Contributions.Where(d => !IsTimeTrend(d) && (up ? d.Contribution > 0 : d.Contribution < 0))
            .OrderByDescending(d => Math.Abs(d.Contribution)).Take(LatestForecast.DriversShown)];

    private static bool IsTimeTrend(ForecastDriver driver) => PredictorCatalog.Find(driver.Predictor)?.IsTimeTrend == true;

    /// <summary>The explanation by risk factor, for the given factors (e.g. RF1–RF14 of the Framework).</summary>
    public IReadOnlyList<RiskFactorEffect> RiskFactorEffects(IEnumerable<string> factorIds) => RiskFactorEffect.From(Contributions, factorIds);

    internal static ForecastEntry From(Guid runId, CountryForecast forecast) => new()
    {
        RunId = runId,
        EwpName = forecast.EwpName,
        Ccode = forecast.Ccode,
        Iso3 = forecast.Iso3,
        Risk = forecast.Risk,
        Rank = forecast.Rank,
        RaisingJson = JsonSerializer.Serialize(forecast.RaisingRisk.Select(ForecastDriver.From), Json),
        LoweringJson = JsonSerializer.Serialize(forecast.LoweringRisk.Select(ForecastDriver.From), Json),
        ContributionsJson = JsonSerializer.Serialize(forecast.Contributions.Select(ForecastDriver.From), Json),
    };
}

/// <summary>A stored explaining predictor: its value, its push in log-odds, the risk factors it measures.</summary>
public sealed record ForecastDriver(string Predictor, double Value, double Contribution, IReadOnlyList<string> RiskFactors)
{
    public static ForecastDriver From(PredictorContribution c) => new(c.Predictor, c.Value, c.Contribution, c.RiskFactors);
}

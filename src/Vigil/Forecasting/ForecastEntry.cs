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

    public IReadOnlyList<ForecastDriver> RaisingRisk => JsonSerializer.Deserialize<List<ForecastDriver>>(RaisingJson, Json) ?? [];

    public IReadOnlyList<ForecastDriver> LoweringRisk => JsonSerializer.Deserialize<List<ForecastDriver>>(LoweringJson, Json) ?? [];

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
    };
}

/// <summary>A stored explaining predictor: its value, its push in log-odds, the risk factors it measures.</summary>
public sealed record ForecastDriver(string Predictor, double Value, double Contribution, IReadOnlyList<string> RiskFactors)
{
    public static ForecastDriver From(PredictorContribution c) => new(c.Predictor, c.Value, c.Contribution, c.RiskFactors);
}

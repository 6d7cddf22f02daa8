using System.Globalization;

namespace Vigil.Forecasting;

/// <summary>
/// One EWP predictor column, its label, and the Framework of Analysis risk factors
/// (RF1…RF14) it measures. Region and time dummies map to none. <see cref="Meaning"/> says in plain
/// words what it measures; <see cref="Scale"/> and <see cref="Unit"/> turn the model's value (log2 of a
/// count, a square root, a 0/1 flag) back into the units a reader knows (<see cref="NaturalValue"/>).
/// </summary>
public sealed record Predictor(string Id, LocalizedText Label, IReadOnlyList<string> RiskFactors)
{
    public LocalizedText Meaning { get; init; } = new("", "");

    public PredictorScale Scale { get; init; } = PredictorScale.Index;

    /// <summary>"{0} years": how a natural value reads; null for flags (yes/no).</summary>
    public LocalizedText? Unit { get; init; }

    /// <summary>
    /// The year and year squared: a trend in the overall rate of onsets that moves every country's risk the same way, kept
    /// out of the drivers an analyst reads (<see cref="ForecastEntry.RaisingForAnalyst"/>).
    /// </summary>
    public bool IsTimeTrend { get; init; }

    /// <summary>Why the predictor can push a forecast the way a reader would not expect, where it does (from the data and the fit).</summary>
    public LocalizedText? DirectionNote { get; init; }

    /// <summary>The value in natural units: the count for log2(n + 1), millions of people for log2(population), the square for a square root.</summary>
    public double NaturalValue(double value) => Scale switch
    {
        PredictorScale.Count => Math.Round(Math.Pow(2, value) - 1),
        PredictorScale.Log2Millions => Math.Pow(2, value) / 1e6,
        PredictorScale.Sqrt => value * value,
        PredictorScale.Square => Math.Round(Math.Sqrt(value)),
        PredictorScale.Share => value * 100,
        _ => value,
    };

    /// <summary>"4,684", "yes", "37.3 per 1,000 live births": the natural value with its unit in <paramref name="culture"/>.</summary>
    public string NaturalText(double value, CultureInfo culture)
    {
        if (Scale == PredictorScale.Flag)
        {
            return ForecastingDomainText.ResourceManager.GetString(value >= 0.5 ? nameof(ForecastingDomainText.FlagYes) : nameof(ForecastingDomainText.FlagNo), culture)!;
        }
        var number = NaturalValue(value).ToString(Scale switch
        {
            PredictorScale.Count => "N0",
            PredictorScale.Square or PredictorScale.Year => "0",
            PredictorScale.Log2Millions or PredictorScale.Sqrt or PredictorScale.Percent => "0.0",
            PredictorScale.Share => "0",
            _ => "0.###",
        }, CultureInfo.InvariantCulture);
        return Unit is null ? number : string.Format(culture, Unit.In(culture), number);
    }
}

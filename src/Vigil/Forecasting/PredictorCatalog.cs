using System.Text.Json;

namespace Vigil.Forecasting;

/// <summary>
/// The 39 predictors of the EWP model and their mapping to Framework risk factors,
/// read from Forecasting/predictors.json (data written by the project, shown in the UI).
/// </summary>
public static class PredictorCatalog
{
    private static readonly Lazy<IReadOnlyList<Predictor>> Loaded = new(Load);

    /// <summary>The predictors in a fixed order; model inputs use this order.</summary>
    public static IReadOnlyList<Predictor> All => Loaded.Value;

    public static IReadOnlyList<string> Ids => [.. All.Select(p => p.Id)];

    public static Predictor? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    private static List<Predictor> Load()
    {
        using var stream = typeof(PredictorCatalog).Assembly.GetManifestResourceStream("Vigil.Forecasting.predictors.json")
            ?? throw new InvalidOperationException("The predictor list is not embedded in the Vigil assembly.");
        using var json = JsonDocument.Parse(stream);
        return [.. json.RootElement.EnumerateArray().Select(e => new Predictor(
            e.GetProperty("id").GetString()!,
            new LocalizedText(e.GetProperty("label").GetProperty("en").GetString()!, e.GetProperty("label").GetProperty("zh").GetString()!),
            [.. e.GetProperty("riskFactors").EnumerateArray().Select(f => f.GetString()!)]))];
    }
}

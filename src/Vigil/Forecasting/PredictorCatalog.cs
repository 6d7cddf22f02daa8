using System.Text.Json;

namespace Vigil.Forecasting;

/// <summary>
/// The 39 predictors of the EWP model, what each means in plain words and in which units, and their mapping to
/// Framework risk factors, read from Forecasting/predictors.json (data written by the project, shown in the UI).
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
            Text(e.GetProperty("label")),
            [.. e.GetProperty("riskFactors").EnumerateArray().Select(f => f.GetString()!)])
        {
            Meaning = Text(e.GetProperty("meaning")),
            Scale = Enum.Parse<PredictorScale>(e.GetProperty("scale").GetString()!, ignoreCase: true),
            Unit = e.TryGetProperty("unit", out var unit) ? Text(unit) : null,
            IsTimeTrend = e.TryGetProperty("timeTrend", out var trend) && trend.GetBoolean(),
            DirectionNote = e.TryGetProperty("directionNote", out var note) ? Text(note) : null,
        })];
    }

    private static LocalizedText Text(JsonElement e) => new(e.GetProperty("en").GetString()!, e.GetProperty("zh").GetString()!);
}

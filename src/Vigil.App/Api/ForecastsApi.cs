using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.App.Hosting;
using Vigil.Assessment;
using Vigil.Forecasting;
using Vigil.Storage;

namespace Vigil.App.Api;

public static class ForecastsApi
{
    public sealed record RunDto(Guid Id, string Model, string DataSource, int DataYear, int TrainingRows, DateTime CreatedAt,
        IReadOnlyList<EntryDto> Forecasts);

    /// <summary>
    /// A forecast line. <c>raisingRisk</c>/<c>loweringRisk</c> are the model's own top drivers with raw values (log2 counts, the
    /// time trend included); the <c>…Explained</c> lists are what an analyst reads: the time trend left out (its push in
    /// <c>timeTrend</c>), each driver with its meaning and its value in natural units.
    /// </summary>
    public sealed record EntryDto(int Rank, string EwpName, string? Iso3, int Ccode, double Risk,
        IReadOnlyList<ForecastDriver> RaisingRisk, IReadOnlyList<ForecastDriver> LoweringRisk,
        IReadOnlyList<ExplainedDriver> RaisingRiskExplained, IReadOnlyList<ExplainedDriver> LoweringRiskExplained, double TimeTrend)
    {
        public static EntryDto From(ForecastEntry e) => new(e.Rank, e.EwpName, e.Iso3, e.Ccode, e.Risk, e.RaisingRisk, e.LoweringRisk,
            [.. e.RaisingForAnalyst.Select(ExplainedDriver.From)], [.. e.LoweringForAnalyst.Select(ExplainedDriver.From)], e.TimeTrend);
    }

    /// <summary>
    /// A driver in plain words (English): <c>value</c> as the model used it, <c>naturalValue</c>/<c>naturalText</c> in natural
    /// units ("4,684", "yes"), and <c>directionNote</c> where it pushes the risk down against a reader's expectation.
    /// </summary>
    public sealed record ExplainedDriver(string Predictor, string Label, string Meaning, double Value, double NaturalValue, string NaturalText,
        double Contribution, IReadOnlyList<string> RiskFactors, string? DirectionNote)
    {
        public static ExplainedDriver From(ForecastDriver d)
        {
            var p = PredictorCatalog.Find(d.Predictor);
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            return new(d.Predictor, p?.Label.En ?? d.Predictor, p?.Meaning.En ?? "", d.Value, p?.NaturalValue(d.Value) ?? d.Value,
                p?.NaturalText(d.Value, invariant) ?? d.Value.ToString(invariant), d.Contribution, d.RiskFactors,
                d.Contribution < 0 ? p?.DirectionNote?.En : null);
        }
    }

    public sealed record CountryDto(string Iso3, EntryDto Latest, Guid RunId, string Model, int DataYear,
        IReadOnlyList<RiskFactorEffect> RiskFactors, IReadOnlyList<HistoryPoint> History);

    public sealed record HistoryPoint(Guid RunId, DateTime CreatedAt, string Model, int DataYear, double Risk, int Rank);

    public static void MapForecasts(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/forecasts").WithTags("Forecasts");

        group.MapGet("/", async Task<Results<Ok<RunDto>, ValidationProblem, ProblemHttpResult>> (string? run, HttpContext context, VigilDb db, CancellationToken ct) =>
        {
            ForecastRun? found;
            if (string.IsNullOrWhiteSpace(run) || run.Equals("latest", StringComparison.OrdinalIgnoreCase))
            {
                found = await db.LatestRunAsync(context.Viewer(), ct);
            }
            else if (Guid.TryParse(run, out var id))
            {
                found = await db.RunAsync(id, context.Viewer(), ct);
            }
            else
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["run"] = ["Use 'latest' or a run id."] });
            }
            return found is null
                ? TypedResults.Problem("No forecast run is stored yet: run `vigil forecast run --data …`.", statusCode: StatusCodes.Status404NotFound)
                : TypedResults.Ok(new RunDto(found.Id, found.Model, found.DataSource, found.DataYear, found.TrainingRows, found.CreatedAt,
                    [.. found.Entries.OrderBy(e => e.Rank).ThenBy(e => e.EwpName, StringComparer.Ordinal).Select(EntryDto.From)]));
        }).WithSummary("A stored forecast run (?run=latest, the default, or ?run=RUN_ID): every country ranked by the probability of a new mass killing within two years, with the predictors that push each forecast up and down and the Framework risk factors they measure.")
        .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/model-card", () => TypedResults.Ok(ModelCard.Current))
            .WithSummary("Data, method, measured FOOS backtest figures beside the EWP's published ones, and known limits.");

        group.MapGet("/{iso3:length(3)}", async Task<Results<Ok<CountryDto>, ProblemHttpResult>> (string iso3, HttpContext context, VigilDb db, FrameworkCatalog frameworks, CancellationToken ct) =>
        {
            var history = await db.CountryHistoryAsync(iso3, context.Viewer(), ct);
            if (history.Count == 0)
            {
                return TypedResults.Problem($"No stored forecast for '{iso3.ToUpperInvariant()}'.", statusCode: StatusCodes.Status404NotFound);
            }
            var (run, entry) = history[^1];
            var factors = (await frameworks.LatestAsync(ct))?.RiskFactors.Select(f => f.Id) ?? [];
            return TypedResults.Ok(new CountryDto(entry.Iso3!, EntryDto.From(entry), run.Id, run.Model, run.DataYear, entry.RiskFactorEffects(factors),
                [.. history.Select(h => new HistoryPoint(h.Run.Id, h.Run.CreatedAt, h.Run.Model, h.Run.DataYear, h.Entry.Risk, h.Entry.Rank))]));
        }).WithSummary("One country's latest forecast with its explanation — by predictor and by Framework risk factor (RF1–RF14; a factor no predictor measures has none) — and its risk and rank in every stored run.")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

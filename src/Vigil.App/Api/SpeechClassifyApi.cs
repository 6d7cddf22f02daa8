using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.App.Hosting;
using Vigil.App.Cli;
using Vigil.Speech;
using Vigil.Speech.Classification;

namespace Vigil.App.Api;

/// <summary>
/// The classifier over HTTP: a batch endpoint under /api/v1/speech, and a Perspective-compatible
/// <c>POST /v1alpha1/comments:analyze</c> so moderation tools written for Perspective (closing at the end of 2026) switch by
/// changing the URL and the key (a Vigil API key, in <c>?key=</c> as Perspective clients send it, or X-Api-Key).
/// </summary>
public static class SpeechClassifyApi
{
    /// <summary>Texts per classify call; a larger stream is sent in several calls.</summary>
    public const int MaxItems = 10_000;

    public sealed record ClassifyItem(string? Id, string? Text, string? Lang, string? Country);

    public sealed record ClassifyRequest(IReadOnlyList<ClassifyItem>? Items);

    public sealed record HitDto(string Term, string? TargetGroup, int Severity, bool Incitement);

    /// <summary>A verdict: <c>label</c> hate, offensive or normal; calibrated probabilities summing to 1; the incitement flag;
    /// the language read; the lexicon entries found.</summary>
    public sealed record VerdictDto(string? Id, string Label, double PHate, double POffensive, double PNormal, bool Incitement, string Lang, IReadOnlyList<HitDto> LexiconHits)
    {
        public static VerdictDto From(string? id, SpeechVerdict v) => new(id, SpeechModelCommand.Word(v.Label), v.PHate, v.POffensive, v.PNormal, v.Incitement, v.Language,
            [.. v.LexiconHits.Select(h => new HitDto(h.Term, h.TargetGroup, h.Severity, h.Incitement))]);
    }

    public sealed record ClassifyResponse(DateTime ModelTrainedAt, IReadOnlyList<VerdictDto> Verdicts);

    public static void MapSpeechClassify(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/speech").WithTags("Speech");
        group.MapPost("/classify", Results<Ok<ClassifyResponse>, ValidationProblem, ProblemHttpResult> (ClassifyRequest request, SpeechClassifier classifier) =>
        {
            if (request.Items is not { Count: > 0 } items || items.Count > MaxItems)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["items"] = [$"items must hold 1 to {MaxItems} texts."] });
            }
            var errors = new Dictionary<string, string[]>();
            for (var i = 0; i < items.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(items[i].Text))
                {
                    errors[$"items[{i}].text"] = ["text is empty."];
                }
                if (items[i].Lang is { Length: > 0 } lang && !SpeechCsv.Languages.Contains(lang.ToLowerInvariant()))
                {
                    errors[$"items[{i}].lang"] = [$"lang '{lang}' is not one of {string.Join(", ", SpeechCsv.Languages)}; leave it out to detect it."];
                }
            }
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }
            if (classifier.Model is not { } model)
            {
                return NoModel();
            }
            var verdicts = new SpeechClassifierEngine(model, classifier.Lexicon).Classify([.. items.Select(i => new SpeechText(i.Text!, i.Lang, i.Country))]);
            return TypedResults.Ok(new ClassifyResponse(model.TrainedAtUtc, [.. items.Select((item, i) => VerdictDto.From(item.Id, verdicts[i]))]));
        }).WithSummary("Classify a batch of posts: hate / offensive / normal with calibrated probabilities, incitement flag and lexicon hits")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/model", Results<Ok<SpeechModelCard>, ProblemHttpResult> (SpeechClassifier classifier) =>
            classifier.Model is { } model ? TypedResults.Ok(SpeechModelCard.Of(model)) : NoModel())
            .WithSummary("The classifier's model card: when and on what it was trained, and per language its out-of-fold macro-F1 and parts")
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/v1alpha1/comments:analyze", (PerspectiveRequest request, SpeechClassifier classifier) => PerspectiveApi.Analyze(request, classifier))
            // Perspective clients hold a key, not a session: only the API-key scheme, so a missing key answers 401, not a redirect to sign-in.
            .RequireAuthorization(new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build())
            .WithTags("Speech").WithSummary("Perspective-compatible analysis (TOXICITY, SEVERE_TOXICITY, IDENTITY_ATTACK, INSULT, THREAT) from Vigil's classifier");
    }

    internal static ProblemHttpResult NoModel() => TypedResults.Problem(
        "No speech model has been trained: run `vigil speech train` (the demo trains it).", statusCode: StatusCodes.Status409Conflict, title: "Classifier not ready");

    /// <summary>Perspective's request: <c>{comment:{text}, languages?, requestedAttributes:{TOXICITY:{}, …}}</c>.</summary>
    public sealed record PerspectiveRequest(PerspectiveComment? Comment, IReadOnlyList<string>? Languages, Dictionary<string, object?>? RequestedAttributes,
        [property: JsonPropertyName("spanAnnotations")] bool? SpanAnnotations, bool? DoNotStore);

    public sealed record PerspectiveComment(string? Text, string? Type);
}

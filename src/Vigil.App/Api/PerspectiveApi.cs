using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Speech;
using Vigil.Speech.Classification;

namespace Vigil.App.Api;

/// <summary>
/// Perspective's response shape from Vigil's verdict. The attributes are mapped, not separately trained:
/// TOXICITY = P(hate) + P(offensive); SEVERE_TOXICITY = P(hate), raised to at least 0.9 for incitement;
/// IDENTITY_ATTACK = P(hate); INSULT = P(offensive) + ½ P(hate); THREAT = 0.9 when the incitement flag is set, else
/// ¼ P(hate). Unknown attributes and empty text answer 400 in Google's error shape, as Perspective does.
/// </summary>
public static class PerspectiveApi
{
    public static readonly IReadOnlyList<string> Attributes = ["TOXICITY", "SEVERE_TOXICITY", "IDENTITY_ATTACK", "INSULT", "THREAT"];

    public sealed record Score(double Value, string Type = "PROBABILITY");

    public sealed record SpanScore(int Begin, int End, Score Score);

    public sealed record AttributeScore(Score SummaryScore, IReadOnlyList<SpanScore> SpanScores);

    public sealed record Response(Dictionary<string, AttributeScore> AttributeScores, IReadOnlyList<string> Languages, IReadOnlyList<string> DetectedLanguages);

    public sealed record Error(int Code, string Message, string Status = "INVALID_ARGUMENT");

    public sealed record ErrorBody(Error Error);

    public static Results<Ok<Response>, BadRequest<ErrorBody>, ProblemHttpResult> Analyze(SpeechClassifyApi.PerspectiveRequest request, SpeechClassifier classifier)
    {
        if (request.Comment?.Text is not { Length: > 0 } text)
        {
            return Invalid("Comment must be non-empty.");
        }
        if (request.RequestedAttributes is not { Count: > 0 } requested)
        {
            return Invalid("Attribute must be requested.");
        }
        var language = request.Languages is { Count: > 0 } languages ? languages[0].ToLowerInvariant().Split('-')[0] : null;
        if (language is not null && !SpeechCsv.Languages.Contains(language))
        {
            return Invalid($"Attribute {requested.Keys.First()} does not support request languages: {language}");
        }
        foreach (var name in requested.Keys)
        {
            if (!Attributes.Contains(name))
            {
                return Invalid($"Unknown attribute: {name}");
            }
        }
        if (classifier.Model is not { } model)
        {
            return SpeechClassifyApi.NoModel();
        }
        var verdict = new SpeechClassifierEngine(model, classifier.Lexicon).Classify([new SpeechText(text, language)])[0];
        var scores = requested.Keys.ToDictionary(name => name, name =>
        {
            var value = Math.Clamp(Value(name, verdict), 0, 1);
            return new AttributeScore(new Score(value), [new SpanScore(0, text.Length, new Score(value))]);
        });
        return TypedResults.Ok(new Response(scores, [language ?? verdict.Language], [verdict.Language]));
    }

    private static double Value(string attribute, SpeechVerdict v) => attribute switch
    {
        "TOXICITY" => v.PHate + v.POffensive,
        "SEVERE_TOXICITY" => v.Incitement ? Math.Max(0.9, v.PHate) : v.PHate,
        "IDENTITY_ATTACK" => v.PHate,
        "INSULT" => v.POffensive + v.PHate / 2,
        _ => v.Incitement ? 0.9 : v.PHate / 4,
    };

    private static BadRequest<ErrorBody> Invalid(string message) => TypedResults.BadRequest(new ErrorBody(new Error(400, message)));
}

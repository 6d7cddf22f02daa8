using Vigil.Speech;

namespace Vigil.Tests.Speech;

/// <summary>
/// A stand-in for the trained model, for the workflow's tests only: "hate" in a text makes it hate (p 0.9), "insult" offensive
/// (0.8), "kill" incites, and "vermin" is a lexicon term (severity 3, targeting "group-a"). <see cref="Ready"/> can be switched off.
/// </summary>
public sealed class KeywordClassifier : ISpeechClassifier
{
    public bool Ready { get; set; } = true;

    public bool IsReady => Ready;

    public IReadOnlyList<SpeechVerdict> Classify(IReadOnlyList<SpeechText> texts) => [.. texts.Select(Classify)];

    private static SpeechVerdict Classify(SpeechText text)
    {
        var t = text.Text.ToLowerInvariant();
        var hits = t.Contains("vermin", StringComparison.Ordinal) ? new[] { new LexiconHit("vermin", "group-a", 3, true) } : [];
        var incitement = t.Contains("kill", StringComparison.Ordinal) || hits.Length > 0;
        var language = text.Language ?? "en";
        return t.Contains("hate", StringComparison.Ordinal) ? new SpeechVerdict(SpeechLabel.Hate, 0.9, 0.05, 0.05, incitement, language, hits)
            : t.Contains("insult", StringComparison.Ordinal) ? new SpeechVerdict(SpeechLabel.Offensive, 0.1, 0.8, 0.1, incitement, language, hits)
            : new SpeechVerdict(SpeechLabel.Normal, 0.02, 0.03, 0.95, incitement, language, hits);
    }
}

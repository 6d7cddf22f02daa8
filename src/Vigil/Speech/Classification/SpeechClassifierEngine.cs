using Vigil.Speech.Lexicons;

namespace Vigil.Speech.Classification;

/// <summary>
/// Classifies with a loaded <see cref="SpeechModel"/> and a lexicon: normalise, detect the language when not given,
/// score with the language's model, find lexicon terms and plain-word threats, and set the incitement flag from the
/// incitement head (where the language has one), incitement entries and threats that are not negated. A severe lexicon
/// term or a plain threat the model missed lifts the post to hate; counter-speech, negated hate and a writer naming
/// themselves as one of the group (a reclaimed slur) are turned down.
/// </summary>
public sealed class SpeechClassifierEngine(SpeechModel model, LexiconMatcher lexicon)
{
    /// <summary>Incitement-head probability above which the head alone flags a post.</summary>
    public const double IncitementThreshold = 0.5;

    /// <summary>Share of the hate and offensive probability kept when a post rejects the hate it quotes or the writer names
    /// themselves as one of the group.</summary>
    private const double CounterSpeechKeep = 0.2;

    private const int SevereTerm = 3;

    /// <summary>Batches from this size are classified on every core, in ranges of this size.</summary>
    private const int ParallelBatch = 512;

    private readonly LanguageDetector _detector = new(model.EnglishTrigrams);

    public SpeechModel Model { get; } = model;

    public LexiconMatcher Lexicon { get; } = lexicon;

    public SpeechVerdict Classify(SpeechText text, List<int> buckets)
    {
        var language = text.Language is { Length: > 0 } given ? given.ToLowerInvariant() : _detector.Detect(text.Text);
        var normalized = SpeechNormalizer.Normalize(text.Text);
        Span<double> logits = stackalloc double[SpeechLanguageModel.Classes];
        Span<double> p = stackalloc double[SpeechLanguageModel.Classes];
        var languageModel = Model.Languages.GetValueOrDefault(language) ?? (language == LanguageDetector.Undetermined ? Model.Languages.GetValueOrDefault("en") : null);
        double? incitementProbability = null;
        var label = SpeechLabel.Normal;
        if (languageModel is not null)
        {
            buckets.Clear();
            NgramFeatures.Extract(normalized, languageModel.Language, languageModel.Bits, buckets);
            languageModel.Logits(buckets, logits);
            languageModel.Probabilities(logits, p);
            label = languageModel.Decide(p);
            incitementProbability = languageModel.IncitementProbability(buckets);
        }
        else
        {
            p[0] = 0;
            p[1] = 0;
            p[2] = 1;
        }

        var found = Lexicon.Find(normalized, language, text.Country);
        var hits = new List<LexiconHit>(found.Count);
        var liveSevere = false;
        var liveIncitement = false;
        var negatedOnly = found.Count > 0;
        foreach (var (term, position) in found)
        {
            hits.Add(new LexiconHit(term.Term, term.TargetGroup, term.Severity, term.Incitement));
            var negated = IncitementRules.IsNegated(normalized, position, language);
            negatedOnly &= negated;
            liveSevere |= !negated && term.Severity >= SevereTerm;
            liveIncitement |= !negated && term.Incitement;
        }
        var threats = IncitementRules.Threats(normalized, language).ToList();
        var liveThreat = threats.Any(t => !IncitementRules.IsNegated(normalized, t, language));
        negatedOnly = (negatedOnly || threats.Count > 0) && !liveSevere && !liveIncitement && !liveThreat;
        if (negatedOnly || IncitementRules.IsCounterSpeech(normalized, language) && !liveThreat
            || IncitementRules.IsSelfIdentification(normalized, language) && !liveThreat && !liveSevere && !liveIncitement)
        {
            Scale(p, CounterSpeechKeep);
            label = languageModel?.Decide(p) ?? SpeechLabel.Normal;
        }
        else if ((liveSevere || liveThreat) && label != SpeechLabel.Hate)
        {
            // The model did not see the disguised term or the plain threat as hate: take the lexicon's (or the rule's)
            // word, and say so in the probabilities by moving half of the other mass to hate.
            p[0] += (p[1] + p[2]) / 2;
            p[1] /= 2;
            p[2] /= 2;
            label = SpeechLabel.Hate;
        }
        var incitement = liveIncitement || liveThreat || incitementProbability >= IncitementThreshold && label != SpeechLabel.Normal && !negatedOnly;
        return new SpeechVerdict(label, p[0], p[1], p[2], incitement, language, hits);
    }

    /// <summary>One verdict per text, in order; a large batch is split over the cores.</summary>
    public IReadOnlyList<SpeechVerdict> Classify(IReadOnlyList<SpeechText> texts)
    {
        var verdicts = new SpeechVerdict[texts.Count];
        if (texts.Count < ParallelBatch)
        {
            var buckets = new List<int>(512);
            for (var i = 0; i < texts.Count; i++)
            {
                verdicts[i] = Classify(texts[i], buckets);
            }
            return verdicts;
        }
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, texts.Count, ParallelBatch), range =>
        {
            var buckets = new List<int>(512);
            for (var i = range.Item1; i < range.Item2; i++)
            {
                verdicts[i] = Classify(texts[i], buckets);
            }
        });
        return verdicts;
    }

    private static void Scale(Span<double> p, double keep)
    {
        var moved = (p[0] + p[1]) * (1 - keep);
        p[0] *= keep;
        p[1] *= keep;
        p[2] += moved;
    }
}

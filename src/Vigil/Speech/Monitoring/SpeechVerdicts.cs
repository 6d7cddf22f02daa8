namespace Vigil.Speech.Monitoring;

/// <summary>
/// The classifier as the monitoring workflow sees it: absent (none registered) or not ready (no model trained yet) means posts are
/// stored unclassified, to be classified later (<see cref="ReclassifyPosts"/>).
/// </summary>
public sealed class SpeechVerdicts(IEnumerable<ISpeechClassifier> classifiers)
{
    private readonly ISpeechClassifier? _classifier = classifiers.LastOrDefault();

    public bool IsReady => _classifier?.IsReady == true;

    /// <summary>
    /// The model's version, when the classifier names one (the contract does not yet): the type's assembly version stands in,
    /// so a verdict can be told from one of another build.
    /// </summary>
    public string? ModelVersion => _classifier is null ? null : $"{_classifier.GetType().Name}/{_classifier.GetType().Assembly.GetName().Version}";

    /// <summary>One verdict per post, or null when no classifier is ready.</summary>
    public IReadOnlyList<SpeechVerdict>? Classify(IReadOnlyList<SpeechPost> posts) =>
        IsReady ? _classifier!.Classify([.. posts.Select(p => new SpeechText(p.Text, p.Language, p.CountryIso3))]) : null;
}

namespace Vigil.Speech;

/// <summary>
/// Classifies posts as hate, offensive or normal with calibrated probabilities and an incitement-to-violence flag. The
/// monitoring workflow (ingest, review queue, surges) and the API call this; the trained model and the lexicons stand
/// behind it. <see cref="IsReady"/> is false until a model has been trained into the data directory.
/// </summary>
public interface ISpeechClassifier
{
    bool IsReady { get; }

    /// <summary>One verdict per text, in order.</summary>
    IReadOnlyList<SpeechVerdict> Classify(IReadOnlyList<SpeechText> texts);
}

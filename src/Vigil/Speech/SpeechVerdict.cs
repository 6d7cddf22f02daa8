namespace Vigil.Speech;

/// <summary>
/// What the classifier says of one text: the most probable class, the three calibrated probabilities (summing to 1),
/// whether it incites violence, the language it was read as, and the lexicon entries it contains.
/// </summary>
public sealed record SpeechVerdict(
    SpeechLabel Label,
    double PHate,
    double POffensive,
    double PNormal,
    bool Incitement,
    string Language,
    IReadOnlyList<LexiconHit> LexiconHits);

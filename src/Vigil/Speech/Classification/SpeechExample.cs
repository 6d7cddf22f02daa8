namespace Vigil.Speech.Classification;

/// <summary>A labelled text from a dataset or a case file: where it came from, its label, and the optional incitement
/// label and functional case type.</summary>
public sealed record SpeechExample(string Id, string Text, SpeechLabel Label, string? Language, string Dataset, bool? Incitement = null, string? CaseType = null);

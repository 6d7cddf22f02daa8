namespace Vigil.Speech.Classification;

/// <summary>A labelled text from a dataset or a case file: where it came from, its label, and the optional incitement
/// label, functional case type, and ToxiCN-style annotations: <paramref name="Target"/> the group kinds targeted
/// (`;`-joined, empty for none) and <paramref name="Expression"/> (none, explicit, implicit, reporting); null when the
/// file has no such column.</summary>
public sealed record SpeechExample(string Id, string Text, SpeechLabel Label, string? Language, string Dataset, bool? Incitement = null, string? CaseType = null, string? Target = null, string? Expression = null);

namespace Vigil.Speech.Classification;

/// <summary>
/// What an analyst needs to judge the classifier before trusting a flag: when the model was trained and on what, and per
/// language its five-fold out-of-fold macro-F1 on the training rows (the figure every setting was chosen by), and which
/// extra parts it has. Dev-split figures are measured by `vigil speech evaluate` and recorded in the README.
/// </summary>
public sealed record SpeechModelCard(DateTime TrainedAtUtc, IReadOnlyList<SpeechModelCard.Dataset> TrainedOn, IReadOnlyList<SpeechModelCard.Language> Languages)
{
    public sealed record Dataset(string Name, int Rows);

    /// <summary>A language's model: its out-of-fold macro-F1 (null in a model file written before the figure was kept),
    /// whether it has an abuse head (learnt from an abuse-only set such as COLD), the heads learnt from annotation columns,
    /// and whether it has its own incitement head.</summary>
    public sealed record Language(string Code, double? CrossValidatedMacroF1, bool AbuseHead, IReadOnlyList<string> Heads, bool IncitementHead);

    public static SpeechModelCard Of(SpeechModel model) => new(
        model.TrainedAtUtc,
        [.. model.TrainedOn.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(ParseDataset)],
        [.. model.Languages.Values.OrderBy(l => l.Language, StringComparer.Ordinal)
            .Select(l => new Language(l.Language, double.IsNaN(l.CrossValidatedMacroF1) ? null : l.CrossValidatedMacroF1, l.AbuseWeights is not null, [.. l.Heads.Select(h => h.Name)], l.IncitementWeights is not null))]);

    /// <summary>The model file's "trained on" text, as <see cref="ParseDataset"/> reads it back: "cold (25673), davidson (16920)".</summary>
    public static string Describe(IEnumerable<Dataset> datasets) =>
        string.Join(", ", datasets.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => $"{d.Name} ({d.Rows})"));

    /// <summary>"davidson (16920)" as <see cref="Describe"/> writes it; a name alone when the count is missing.</summary>
    private static Dataset ParseDataset(string text)
    {
        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && text.EndsWith(')') && int.TryParse(text.AsSpan(open + 2, text.Length - open - 3), System.Globalization.CultureInfo.InvariantCulture, out var rows)
            ? new Dataset(text[..open], rows)
            : new Dataset(text, 0);
    }
}

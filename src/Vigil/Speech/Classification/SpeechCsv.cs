using nietras.SeparatedValues;

namespace Vigil.Speech.Classification;

/// <summary>
/// Reads the CSV files of the speech verbs: datasets and case files (`id,text,label[,lang][,incitement][,case_type]`)
/// and texts to classify (`id,text[,lang]`). A bad row stops the read with the line and the field named.
/// </summary>
public static class SpeechCsv
{
    public static readonly string[] Languages = ["en", "zh", "am", "my"];

    public static IReadOnlyList<SpeechExample> ReadLabelled(string path, string dataset) => Read(path, dataset, requireLabel: true);

    public static IReadOnlyList<SpeechExample> ReadTexts(string path) => Read(path, Path.GetFileNameWithoutExtension(path), requireLabel: false);

    private static List<SpeechExample> Read(string path, string dataset, bool requireLabel)
    {
        var rows = new List<SpeechExample>();
        using var reader = Sep.New(',').Reader(o => o with { DisableColCountCheck = true, Unescape = true }).FromFile(path);
        var header = reader.Header;
        Require(header, "id", path);
        Require(header, "text", path);
        if (requireLabel)
        {
            Require(header, "label", path);
        }
        var hasLang = header.TryIndexOf("lang", out var langIndex);
        var hasIncitement = header.TryIndexOf("incitement", out var incitementIndex);
        var hasCaseType = header.TryIndexOf("case_type", out var caseTypeIndex);
        var hasTarget = header.TryIndexOf("target", out var targetIndex);
        var hasExpression = header.TryIndexOf("expression", out var expressionIndex);
        var labelIndex = requireLabel ? header.IndexOf("label") : -1;
        var idIndex = header.IndexOf("id");
        var textIndex = header.IndexOf("text");
        foreach (var row in reader)
        {
            // Line numbers as an editor shows them: the header is line 1.
            var line = row.LineNumberFrom;
            var cells = new string[row.ColCount];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = row[c].ToString();
            }
            string Cell(int index, string field) => index < cells.Length
                ? cells[index]
                : throw new InvalidDataException($"{path} line {line}: field '{field}' is missing.");
            var id = Cell(idIndex, "id").Trim();
            if (id.Length == 0)
            {
                throw new InvalidDataException($"{path} line {line}: field 'id' is empty.");
            }
            var text = Cell(textIndex, "text");
            var label = SpeechLabel.Normal;
            if (requireLabel && !TryLabel(Cell(labelIndex, "label"), out label))
            {
                throw new InvalidDataException($"{path} line {line}: field 'label' is '{Cell(labelIndex, "label")}'; expected hate, offensive or normal.");
            }
            string? language = null;
            if (hasLang && langIndex < cells.Length && cells[langIndex].Trim() is { Length: > 0 } lang)
            {
                language = lang.ToLowerInvariant();
                if (!Languages.Contains(language) && language != LanguageDetector.Undetermined)
                {
                    throw new InvalidDataException($"{path} line {line}: field 'lang' is '{lang}'; expected one of {string.Join(", ", Languages)} or empty to detect it.");
                }
            }
            bool? incitement = hasIncitement && incitementIndex < cells.Length ? cells[incitementIndex].Trim() switch
            {
                "1" or "true" => true,
                "0" or "false" => false,
                _ => null,
            } : null;
            var caseType = hasCaseType && caseTypeIndex < cells.Length && cells[caseTypeIndex].Trim() is { Length: > 0 } type ? type : null;
            // Empty means "no group" / "none" when the column exists; null means the file does not say.
            var target = hasTarget ? (targetIndex < cells.Length ? cells[targetIndex].Trim().ToLowerInvariant() : "") : null;
            var expression = hasExpression ? (expressionIndex < cells.Length ? cells[expressionIndex].Trim().ToLowerInvariant() : "") : null;
            rows.Add(new SpeechExample(id, text, label, language, dataset, incitement, caseType, target, expression));
        }
        return rows;
    }

    public static bool TryLabel(string value, out SpeechLabel label)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "hate":
                label = SpeechLabel.Hate;
                return true;
            case "offensive":
                label = SpeechLabel.Offensive;
                return true;
            case "normal":
                label = SpeechLabel.Normal;
                return true;
            default:
                label = SpeechLabel.Normal;
                return false;
        }
    }

    private static void Require(SepReaderHeader header, string column, string path)
    {
        if (!header.TryIndexOf(column, out _))
        {
            throw new InvalidDataException($"{path} line 1: the header has no '{column}' column.");
        }
    }
}

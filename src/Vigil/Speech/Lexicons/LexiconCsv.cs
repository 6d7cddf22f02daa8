using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Vigil.Speech.Classification;

namespace Vigil.Speech.Lexicons;

/// <summary>
/// The lexicon as CSV, header exactly <c>term,language,country,target_group,meaning,severity,alternative</c> with an
/// optional <c>incitement</c> column (0/1). Import checks every row and names the line and field of the first error.
/// </summary>
public static class LexiconCsv
{
    public const string Header = "term,language,country,target_group,meaning,severity,alternative";

    private static readonly string[] Columns = Header.Split(',');

    public static string Write(IEnumerable<LexiconTerm> terms)
    {
        var csv = new StringBuilder(Header).Append(",incitement\n");
        foreach (var t in terms)
        {
            csv.Append(CsvText.Cell(t.Term)).Append(',').Append(t.Language).Append(',').Append(t.Country ?? "").Append(',')
                .Append(CsvText.Cell(t.TargetGroup ?? "")).Append(',').Append(CsvText.Cell(t.Meaning ?? "")).Append(',')
                .Append(t.Severity.ToString(CultureInfo.InvariantCulture)).Append(',').Append(CsvText.Cell(t.Alternative ?? "")).Append(',')
                .Append(t.Incitement ? '1' : '0').Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>The entries of <paramref name="csv"/>; <see cref="InvalidDataException"/> names the line and field of a bad row.</summary>
    public static IReadOnlyList<LexiconTerm> Read(string csv)
    {
        using var reader = Sep.New(',').Reader(o => o with { DisableColCountCheck = true, Unescape = true }).FromText(csv);
        var names = reader.Header.ColNames;
        var hasIncitement = names.Count == Columns.Length + 1 && names[^1] == "incitement";
        if (!names.Take(Columns.Length).SequenceEqual(Columns) || names.Count != Columns.Length && !hasIncitement)
        {
            throw new InvalidDataException($"line 1: the header must be exactly '{Header}' (optionally followed by ',incitement').");
        }
        var terms = new List<LexiconTerm>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var cells = new string[Columns.Length + 1];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = c < row.ColCount ? row[c].ToString().Trim() : "";
            }
            if (cells[0].Length == 0)
            {
                throw new InvalidDataException($"line {line}: field 'term' is empty.");
            }
            if (!SpeechCsv.Languages.Contains(cells[1]))
            {
                throw new InvalidDataException($"line {line}: field 'language' is '{cells[1]}'; expected one of {string.Join(", ", SpeechCsv.Languages)}.");
            }
            if (cells[2].Length != 0 && (cells[2].Length != 3 || !cells[2].All(char.IsAsciiLetterUpper)))
            {
                throw new InvalidDataException($"line {line}: field 'country' is '{cells[2]}'; expected an ISO3 code such as ETH, or empty for the whole language.");
            }
            if (!int.TryParse(cells[5], NumberStyles.None, CultureInfo.InvariantCulture, out var severity) || severity is < 1 or > 3)
            {
                throw new InvalidDataException($"line {line}: field 'severity' is '{cells[5]}'; expected 1 (mild), 2 or 3 (severe).");
            }
            if (hasIncitement && cells[7] is not ("" or "0" or "1"))
            {
                throw new InvalidDataException($"line {line}: field 'incitement' is '{cells[7]}'; expected 0 or 1.");
            }
            terms.Add(new LexiconTerm(cells[0], cells[1], Empty(cells[2]), Empty(cells[3]), Empty(cells[4]), severity, Empty(cells[6]), cells[7] == "1"));
        }
        return terms;
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}

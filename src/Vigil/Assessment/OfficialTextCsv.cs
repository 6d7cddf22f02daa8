using System.Globalization;
using System.Text;

namespace Vigil.Assessment;

/// <summary>
/// Reads an official indicator list: CSV with the header <c>riskFactor,number,text_en,text_zh</c>, UTF-8, fields quoted as in
/// RFC 4180 (a quoted field may hold commas, doubled quotes and line breaks). Every error names the file, the line and the field.
/// </summary>
public static class OfficialTextCsv
{
    public static readonly string[] Header = ["riskFactor", "number", "text_en", "text_zh"];

    /// <summary>One indicator of the file; <see cref="Line"/> is where its row starts (the header is line 1).</summary>
    public sealed record Row(int Line, string RiskFactorId, int Number, string TextEn, string TextZh)
    {
        public string IndicatorId => $"{RiskFactorId[2..]}.{Number.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The file's text; bytes that are not UTF-8 are an error naming the line they are on.</summary>
    public static string Decode(byte[] bytes, string fileName)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(ex.Index, 0, bytes.Length)).Count((byte)'\n');
            throw Error(fileName, line, "text", "the file is not UTF-8 (save it as UTF-8)");
        }
    }

    public static IReadOnlyList<Row> Parse(string text, string fileName)
    {
        var records = Records(text.TrimStart('\uFEFF'), fileName);
        if (records.Count == 0)
        {
            throw Error(fileName, 1, "riskFactor", $"the file is empty; the first line must be the header {string.Join(',', Header)}");
        }
        var (headerLine, header) = records[0];
        if (header.Count != Header.Length || !header.Select(h => h.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            throw Error(fileName, headerLine, "header", $"the first line must be the header {string.Join(',', Header)}, not {string.Join(',', header)}");
        }
        var rows = new List<Row>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && string.IsNullOrWhiteSpace(fields[0]))
            {
                continue;
            }
            if (fields.Count != Header.Length)
            {
                throw Error(fileName, line, Header[Math.Min(fields.Count, Header.Length - 1)], $"expected {Header.Length} fields, found {fields.Count}");
            }
            var factor = fields[0].Trim();
            var factorId = factor.StartsWith("RF", StringComparison.OrdinalIgnoreCase) ? "RF" + factor[2..] : "RF" + factor;
            if (!int.TryParse(factorId.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw Error(fileName, line, "riskFactor", $"'{factor}' is not a risk factor (write RF1 to RF14, or 1 to 14)");
            }
            // "3.8" or "8": the part after the factor's number.
            var numberText = fields[1].Trim();
            var dot = numberText.IndexOf('.', StringComparison.Ordinal);
            if (dot >= 0 && numberText[..dot] != factorId[2..])
            {
                throw Error(fileName, line, "number", $"'{numberText}' does not belong to risk factor {factorId}");
            }
            if (!int.TryParse(dot >= 0 ? numberText[(dot + 1)..] : numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
            {
                throw Error(fileName, line, "number", $"'{numberText}' is not an indicator number (write 8 or {factorId[2..]}.8)");
            }
            var en = fields[2].Trim();
            if (en.Length == 0)
            {
                throw Error(fileName, line, "text_en", "the English text is required");
            }
            if (en.Length > 2000 || fields[3].Length > 2000)
            {
                throw Error(fileName, line, en.Length > 2000 ? "text_en" : "text_zh", "an indicator's text is at most 2,000 characters");
            }
            rows.Add(new Row(line, factorId, number, en, fields[3].Trim()));
        }
        if (rows.Count == 0)
        {
            throw Error(fileName, headerLine + 1, "riskFactor", "the file has a header but no indicator");
        }
        return rows;
    }

    /// <summary>
    /// Checks the numbering against the framework's structure: every risk factor exists, no indicator is listed twice, and each
    /// factor's numbers run from 1 without a gap.
    /// </summary>
    public static void CheckNumbering(IReadOnlyList<Row> rows, FrameworkDefinition structure, string fileName)
    {
        foreach (var row in rows.Where(r => structure.RiskFactors.All(f => f.Id != r.RiskFactorId)))
        {
            throw Error(fileName, row.Line, "riskFactor", $"risk factor {row.RiskFactorId} is not in framework {structure.Id} {structure.Version} (it has RF1 to RF{structure.RiskFactors.Count})");
        }
        foreach (var group in rows.GroupBy(r => r.RiskFactorId))
        {
            var seen = new Dictionary<int, Row>();
            foreach (var row in group)
            {
                if (seen.TryGetValue(row.Number, out var first))
                {
                    throw Error(fileName, row.Line, "number", $"indicator {row.IndicatorId} is listed twice (lines {first.Line} and {row.Line})");
                }
                seen[row.Number] = row;
            }
            var max = seen.Keys.Max();
            var missing = Enumerable.Range(1, max).Where(n => !seen.ContainsKey(n)).ToList();
            if (missing.Count > 0)
            {
                var after = group.Where(r => r.Number > missing[0]).MinBy(r => r.Number)!;
                throw Error(fileName, after.Line, "number",
                    $"risk factor {group.Key} numbers must run from 1 without a gap: {string.Join(", ", missing.Select(n => $"{group.Key[2..]}.{n}"))} missing before {after.IndicatorId}");
            }
        }
    }

    private static DomainRuleException Error(string fileName, int line, string field, string message) =>
        new(field, $"{fileName}: line {line}, field {field}: {message}");

    /// <summary>The file's records with the line each starts on; quoted fields may span lines.</summary>
    private static List<(int Line, List<string> Fields)> Records(string text, string fileName)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var quoteLine = 0;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    quoteLine = line;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    records.Add((start, fields));
                    fields = [];
                    field.Clear();
                    any = false;
                    start = ++line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }
        if (quoted)
        {
            throw Error(fileName, quoteLine, Header[Math.Min(fields.Count, Header.Length - 1)], "a quoted field is not closed");
        }
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add((start, fields));
        }
        // Blank lines before the header are not the header.
        while (records.Count > 0 && records[0].Item2 is [var only] && string.IsNullOrWhiteSpace(only))
        {
            records.RemoveAt(0);
        }
        return records;
    }
}

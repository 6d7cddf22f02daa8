using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Vigil.Events.Import;

/// <summary>
/// One event file opened for streaming: encoding and layout detected, rows read one at a time
/// (Sep over a buffered stream: memory does not grow with the file), each row mapped or rejected.
/// </summary>
internal sealed class EventFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly StreamReader _text;
    private const int InvalidRowsNamed = 3;

    private readonly TextEncodingGuess _guess;
    private readonly ImportContext _context;
    private readonly List<(int Line, string Field)> _invalidRows = [];
    private int _invalidRowCount;

    private EventFile(string path, EventFileFormat format, TextEncodingGuess encoding, ImportContext context)
    {
        Path = path;
        Format = format;
        Encoding = encoding.Encoding;
        _guess = encoding;
        _context = context;
        var content = EventFileContent.Open(path, out _stream);
        _text = Reader(content, encoding, 1 << 16);
    }

    public string Path { get; }
    public string Name => System.IO.Path.GetFileName(Path);
    public EventFileFormat Format { get; }
    public Encoding Encoding { get; }
    public long Length => _stream.Length;

    /// <summary>Bytes of the file (compressed, for a zip) consumed so far, read-ahead included: for progress bars.</summary>
    public long Position => _stream.Position;

    public int RowsRead { get; private set; }

    /// <summary>
    /// The encoding read and why, for the import's output: "UTF-8", "UTF-8 (2 invalid bytes on line 3, field
    /// where_coordinates)", "windows-1252 (not UTF-8: 40 invalid byte sequences, 0 valid)". Complete once the rows are read.
    /// </summary>
    public string EncodingDecision
    {
        get
        {
            if (Encoding.CodePage == TextEncodingSniffer.Windows1252.CodePage)
            {
                return $"windows-1252 (not UTF-8: {_guess.InvalidBytes:N0} invalid bytes, {_guess.ValidSequences:N0} valid multi-byte sequences)";
            }
            if (!_guess.InvalidUtf8)
            {
                return "UTF-8";
            }
            var bytes = _guess.InvalidBytes == 1 ? "1 invalid byte" : $"{_guess.InvalidBytes:N0} invalid bytes";
            if (_invalidRowCount == 0)
            {
                return $"UTF-8 ({bytes})";
            }
            var rows = string.Join("; ", _invalidRows.Select(r => $"line {r.Line}, field {r.Field}"));
            var more = _invalidRowCount > _invalidRows.Count ? $"; {_invalidRowCount - _invalidRows.Count:N0} more rows" : "";
            return $"UTF-8 ({bytes} on {rows}{more}; those rows rejected)";
        }
    }

    /// <param name="source">--format (ucdp-ged, acled, gdelt) or null to detect.</param>
    public static EventFile Open(string path, string? source, ImportContext context)
    {
        if (!File.Exists(path))
        {
            throw new EventFileException($"{path}: no such file");
        }
        var encoding = TextEncodingSniffer.Sniff(path);
        if (encoding.Empty)
        {
            throw new EventFileException($"{System.IO.Path.GetFileName(path)}: empty file");
        }
        var format = EventFormatDetector.Detect(FirstLine(path, encoding), System.IO.Path.GetFileName(path));
        var detected = EventFormatDetector.SourceOf(format);
        if (source is not null && source != detected)
        {
            throw new EventFileException($"{System.IO.Path.GetFileName(path)}: --format {source} was given, but the file is a {detected} file ({format})");
        }
        return new EventFile(path, format, encoding, context);
    }

    public IEnumerable<EventFileItem> Rows()
    {
        var tabs = Format is EventFileFormat.Gdelt1 or EventFileFormat.Gdelt2 && FirstLine(Path, _guess).Contains('\t');
        using var reader = Sep.New(tabs ? '\t' : ',').Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            // GDELT's tab-separated files never quote, and their text fields may hold a bare quote.
            DisableQuotesParsing = tabs,
            Unescape = !tabs,
            CultureInfo = CultureInfo.InvariantCulture,
        }).From(_text, leaveOpen: true);

        EventRowMapper? mapper = null;
        if (Format is EventFileFormat.Gdelt1 or EventFileFormat.Gdelt2)
        {
            mapper = new GdeltRowMapper(Format == EventFileFormat.Gdelt2 ? GdeltColumns.V2 : GdeltColumns.V1, _context);
        }
        var deletionId = -1;
        var firstData = true;
        var nextLine = 1;
        while (MoveNext(reader, nextLine))
        {
            nextLine = reader.Current.LineNumberToExcl;
            if (IsBlank(reader.Current))
            {
                continue;
            }
            if (mapper is null && deletionId < 0)
            {
                var names = Header(reader.Current);
                if (Format == EventFileFormat.AcledDeletions)
                {
                    deletionId = names.FindIndex(n => n.Equals("event_id_cnty", StringComparison.OrdinalIgnoreCase));
                }
                else
                {
                    mapper = Format == EventFileFormat.UcdpGed ? new GedRowMapper(names, _context) : new AcledRowMapper(names, _context);
                }
                continue;
            }
            if (firstData && IsAnnotationRow(reader.Current, mapper))
            {
                // HDX files carry a second header row of HXL hashtags (#date+year, #affected+killed).
                firstData = false;
                continue;
            }
            firstData = false;
            RowsRead++;
            yield return mapper is null ? Deletion(reader.Current, deletionId) : Map(reader.Current, mapper);
        }
    }

    /// <summary>Sep's reader, with a line too long for its buffer (16 MB) turned into an error naming file and line.</summary>
    private bool MoveNext(SepReader reader, int line)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (NotSupportedException ex) when (ex.Message.Contains("maximum supported length", StringComparison.Ordinal))
        {
            throw new EventFileException($"{Name}, line {line}: a line longer than 16 MB (not an event file, or a broken quote)");
        }
    }

    private EventFileItem Map(SepReader.Row row, EventRowMapper mapper)
    {
        var line = row.LineNumberFrom;
        if (_guess.InvalidUtf8 && row.Span.Contains('\uFFFD'))
        {
            var col = 0;
            while (col < row.ColCount - 1 && !row[col].Span.Contains('\uFFFD'))
            {
                col++;
            }
            var field = col < mapper.Names.Count && mapper.Names[col].Length > 0 ? mapper.Names[col] : $"column {col + 1}";
            if (_invalidRowCount++ < InvalidRowsNamed)
            {
                _invalidRows.Add((line, field));
            }
            // Rejected, never decoded with replacement characters: a stored event keeps its good copy.
            return Problem(line, field, "invalid UTF-8 byte sequence");
        }
        if (row.ColCount != mapper.ColumnCount)
        {
            return Problem(line, "(row)", $"{row.ColCount} fields, expected {mapper.ColumnCount} (truncated or malformed line)");
        }
        var fields = new RowFields(row, mapper.Names, mapper.NaIsMissing);
        var ev = mapper.Map(ref fields);
        return ev is not null ? new EventFileItem(ev, null, null) : Problem(line, fields.ProblemField!, fields.ProblemReason!);
    }

    private EventFileItem Deletion(SepReader.Row row, int idColumn)
    {
        var id = idColumn < row.ColCount ? row[idColumn].Span.Trim() : default;
        return id.IsEmpty ? Problem(row.LineNumberFrom, "event_id_cnty", "is empty") : new EventFileItem(null, id.ToString(), null);
    }

    private EventFileItem Problem(int line, string field, string reason) => new(null, null, new RowProblem(Name, line, field, reason));

    private static List<string> Header(SepReader.Row row)
    {
        var names = new List<string>(row.ColCount);
        for (var i = 0; i < row.ColCount; i++)
        {
            names.Add(row[i].Span.Trim().ToString());
        }
        return names;
    }

    private static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.IsWhiteSpace();

    private static bool IsAnnotationRow(SepReader.Row row, EventRowMapper? mapper)
    {
        if (mapper is GdeltRowMapper)
        {
            // A GDELT file saved with GDELT's own header line (CSV.header.fieldids).
            return row[0].Span.Trim().Trim('"').SequenceEqual("GLOBALEVENTID");
        }
        int tags = 0, values = 0;
        for (var i = 0; i < row.ColCount; i++)
        {
            var span = row[i].Span.Trim();
            if (!span.IsEmpty)
            {
                values++;
                tags += span[0] == '#' ? 1 : 0;
            }
        }
        return tags > 0 && tags == values;
    }

    private static string FirstLine(string path, TextEncodingGuess encoding)
    {
        using var content = EventFileContent.Open(path, out var file);
        using var owner = file;
        using var reader = Reader(content, encoding, 1024);
        var buffer = new char[64 * 1024];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        var text = new string(buffer, 0, read);
        var end = text.IndexOfAny(['\r', '\n']);
        return end >= 0 ? text[..end] : text;
    }

    /// <summary>
    /// Byte-order marks are honoured only when the sniffer found a UTF-8 one: stray FF FE bytes at the start of a
    /// UTF-8 file must not turn it into UTF-16.
    /// </summary>
    private static StreamReader Reader(Stream content, TextEncodingGuess encoding, int bufferSize) =>
        new(content, encoding.Encoding, detectEncodingFromByteOrderMarks: encoding.BomLength > 0, bufferSize);

    public void Dispose()
    {
        _text.Dispose();
        _stream.Dispose();
    }
}

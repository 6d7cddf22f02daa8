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
    private readonly bool _invalidUtf8;
    private readonly ImportContext _context;

    private EventFile(string path, EventFileFormat format, TextEncodingGuess encoding, ImportContext context)
    {
        Path = path;
        Format = format;
        Encoding = encoding.Encoding;
        _invalidUtf8 = encoding.InvalidUtf8;
        _context = context;
        var content = EventFileContent.Open(path, out _stream);
        _text = new StreamReader(content, encoding.Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    public string Path { get; }
    public string Name => System.IO.Path.GetFileName(Path);
    public EventFileFormat Format { get; }
    public Encoding Encoding { get; }
    public long Length => _stream.Length;

    /// <summary>Bytes of the file (compressed, for a zip) consumed so far, read-ahead included: for progress bars.</summary>
    public long Position => _stream.Position;

    public int RowsRead { get; private set; }

    /// <param name="source">--format (ucdp-ged, acled, gdelt) or null to detect.</param>
    public static EventFile Open(string path, string? source, ImportContext context)
    {
        if (!File.Exists(path))
        {
            throw new EventFileException($"{path}: no such file");
        }
        var encoding = TextEncodingSniffer.Sniff(path);
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
        var tabs = Format is EventFileFormat.Gdelt1 or EventFileFormat.Gdelt2 && FirstLine(Path, new TextEncodingGuess(Encoding, false, 0)).Contains('\t');
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
        while (reader.MoveNext())
        {
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

    private EventFileItem Map(SepReader.Row row, EventRowMapper mapper)
    {
        var line = row.LineNumberFrom;
        if (_invalidUtf8 && row.Span.Contains('\uFFFD'))
        {
            var col = 0;
            while (col < row.ColCount - 1 && !row[col].Span.Contains('\uFFFD'))
            {
                col++;
            }
            return Problem(line, col < mapper.Names.Count && mapper.Names[col].Length > 0 ? mapper.Names[col] : $"column {col + 1}", "invalid UTF-8 byte sequence");
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
        using var reader = new StreamReader(content, encoding.Encoding, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[64 * 1024];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        var text = new string(buffer, 0, read);
        var end = text.IndexOfAny(['\r', '\n']);
        return end >= 0 ? text[..end] : text;
    }

    public void Dispose()
    {
        _text.Dispose();
        _stream.Dispose();
    }
}

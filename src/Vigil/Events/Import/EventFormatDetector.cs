using nietras.SeparatedValues;

namespace Vigil.Events.Import;

/// <summary>Recognises a file's layout from its first line: header names for CSV layouts, field count for GDELT.</summary>
internal static class EventFormatDetector
{
    public static EventFileFormat Detect(string firstLine, string fileName)
    {
        var tabs = firstLine.Count(c => c == '\t');
        if (tabs >= 50)
        {
            return (tabs + 1) switch
            {
                61 => EventFileFormat.Gdelt2,
                58 => EventFileFormat.Gdelt1,
                _ => throw new EventFileException($"{fileName}: {tabs + 1} tab-separated fields; GDELT has 58 (1.0) or 61 (2.0)"),
            };
        }
        var fields = Fields(firstLine);
        var names = fields.Select(n => n.Trim().ToLowerInvariant()).ToHashSet();
        if (names.Contains("type_of_violence") && names.Contains("date_start"))
        {
            return EventFileFormat.UcdpGed;
        }
        if (names.Contains("event_id_cnty"))
        {
            return names.Contains("event_date") ? EventFileFormat.Acled
                : names.Contains("deleted_timestamp") ? EventFileFormat.AcledDeletions
                : throw new EventFileException($"{fileName}: an ACLED header without event_date or deleted_timestamp");
        }
        if (names.Contains("globaleventid") || long.TryParse(fields[0], out _))
        {
            return fields.Count switch
            {
                58 => EventFileFormat.Gdelt1,
                61 => EventFileFormat.Gdelt2,
                _ => throw new EventFileException($"{fileName}: {fields.Count} comma-separated fields; GDELT has 58 (1.0) or 61 (2.0)"),
            };
        }
        throw new EventFileException($"{fileName}: not a UCDP GED, ACLED or GDELT file (first line: '{Clip(firstLine)}')");
    }

    /// <summary>The data-set family of a layout, as named on the command line (--format).</summary>
    public static string SourceOf(EventFileFormat format) => format switch
    {
        EventFileFormat.UcdpGed => EventSource.UcdpGed,
        EventFileFormat.Acled or EventFileFormat.AcledDeletions => EventSource.Acled,
        _ => EventSource.Gdelt,
    };

    private static List<string> Fields(string line)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).FromText(line);
        var fields = new List<string>();
        if (reader.MoveNext())
        {
            for (var i = 0; i < reader.Current.ColCount; i++)
            {
                fields.Add(reader.Current[i].ToString());
            }
        }
        return fields;
    }

    private static string Clip(string text) => text.Length <= 80 ? text : text[..80] + "…";
}

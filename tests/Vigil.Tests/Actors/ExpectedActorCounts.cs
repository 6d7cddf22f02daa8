using Microsoft.VisualBasic.FileIO;

namespace Vigil.Tests.Actors;

/// <summary>
/// Per-actor counts computed straight from a shared file with a CSV reader of its own (not the importer's): for each source
/// identity, its events, its one-sided violence events and its deaths, civilians (GED side "Civilians", ACLED inter 7 and "Civilians (…)") left out.
/// </summary>
public static class ExpectedActorCounts
{
    public sealed record Counts(int Events, int CivilianEvents, long Deaths);

    public static Dictionary<string, Counts> Ged(string path) => Tally(path, row =>
    {
        var keys = new HashSet<string>();
        if (row["side_a"].Length > 0)
        {
            keys.Add(row["side_a_new_id"]);
        }
        if (row["side_b"].Length > 0 && row["side_b_new_id"] != "1")
        {
            keys.Add(row["side_b_new_id"]);
        }
        return (keys, row["type_of_violence"] == "3", long.Parse(row["best"], System.Globalization.CultureInfo.InvariantCulture));
    });

    public static Dictionary<string, Counts> Acled(string path) => Tally(path, row =>
    {
        var keys = new HashSet<string>();
        foreach (var side in new[] { "1", "2" })
        {
            if (row["inter" + side] == "7")
            {
                continue;
            }
            var names = new[] { row["actor" + side] }.Concat(row["assoc_actor_" + side].Split(';'));
            foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0 && !n.StartsWith("Civilians (", StringComparison.Ordinal)))
            {
                keys.Add(name);
            }
        }
        return (keys, row["event_type"] == "Violence against civilians", long.Parse(row["fatalities"], System.Globalization.CultureInfo.InvariantCulture));
    });

    private static Dictionary<string, Counts> Tally(string path, Func<Dictionary<string, string>, (HashSet<string> Keys, bool OneSided, long Deaths)> read)
    {
        var counts = new Dictionary<string, Counts>(StringComparer.Ordinal);
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            var row = header.Select((h, i) => (h, v: i < fields.Length ? fields[i] : "")).ToDictionary(x => x.h, x => x.v);
            var (keys, oneSided, deaths) = read(row);
            foreach (var key in keys)
            {
                var c = counts.GetValueOrDefault(key, new Counts(0, 0, 0));
                counts[key] = new Counts(c.Events + 1, c.CivilianEvents + (oneSided ? 1 : 0), c.Deaths + deaths);
            }
        }
        return counts;
    }
}

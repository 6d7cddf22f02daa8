using System.Text.Json;
using nietras.SeparatedValues;
using Vigil.Countries;

namespace Vigil.Speech.Monitoring;

/// <summary>
/// Reads posts from a CSV file with a header row (columns named as <see cref="PostFields.Names"/>; only id and text required)
/// or from JSON Lines (one object a line, same names; ".jsonl" or ".ndjson"). The first bad row stops the read with the file,
/// line and field (<see cref="PostFileException"/>), before anything is stored.
/// </summary>
public static class PostFile
{
    public static IReadOnlyList<PostInput> Read(string path, string? defaultSource, CountryCatalog countries)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new PostFileException(path, 0, "file", "no such file.");
        }
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".jsonl" or ".ndjson" ? ReadJsonLines(path, defaultSource, countries) : ReadCsv(path, defaultSource, countries);
    }

    private static List<PostInput> ReadCsv(string path, string? defaultSource, CountryCatalog countries)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, ColNameComparer = StringComparer.OrdinalIgnoreCase }).FromFile(path);
        var header = reader.Header;
        foreach (var required in new[] { "id", "text" })
        {
            if (!header.ColNames.Contains(required, StringComparer.OrdinalIgnoreCase))
            {
                throw new PostFileException(path, 1, required, $"{required}: the header has no '{required}' column (columns: {string.Join(", ", PostFields.Names)}).");
            }
        }
        var present = PostFields.Names.Where(n => header.ColNames.Contains(n, StringComparer.OrdinalIgnoreCase)).ToHashSet(StringComparer.Ordinal);
        var posts = new List<PostInput>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in present)
            {
                values[name] = row[name].ToString();
            }
            try
            {
                posts.Add(PostFields.Read(name => values.GetValueOrDefault(name), defaultSource, countries));
            }
            catch (DomainRuleException rule)
            {
                throw new PostFileException(path, line, rule.Field, rule.Message);
            }
        }
        return posts;
    }

    private static List<PostInput> ReadJsonLines(string path, string? defaultSource, CountryCatalog countries)
    {
        var posts = new List<PostInput>();
        var line = 0L;
        foreach (var text in System.IO.File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new PostFileException(path, line, "line", "each line must be a JSON object.");
                }
                var root = json.RootElement;
                posts.Add(PostFields.Read(name => Value(root, name), defaultSource, countries));
            }
            catch (JsonException e)
            {
                throw new PostFileException(path, line, "line", $"not valid JSON ({e.Message.Split('.')[0]}).");
            }
            catch (DomainRuleException rule)
            {
                throw new PostFileException(path, line, rule.Field, rule.Message);
            }
        }
        return posts;
    }

    /// <summary>A property as text (numbers as written); absent or null is null. Both "lang" and "language", "author" and "author_handle" are read.</summary>
    public static string? Value(JsonElement root, string name)
    {
        foreach (var candidate in Aliases(name))
        {
            if (root.TryGetProperty(candidate, out var value))
            {
                return value.ValueKind switch
                {
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    JsonValueKind.String => value.GetString(),
                    _ => value.GetRawText(),
                };
            }
        }
        return null;
    }

    private static string[] Aliases(string name) => name switch
    {
        "lang" => ["lang", "language"],
        "author" => ["author", "author_handle", "authorHandle"],
        "posted_at" => ["posted_at", "postedAt"],
        "country" => ["country", "countryIso3"],
        "id" => ["id", "postId", "post_id"],
        _ => [name],
    };
}

using System.Text.Json;

namespace Vigil.Security;

/// <summary>
/// One field of an audited record as an entry stores it: its value before and after the write (null where the write
/// had none: a new record has no before, a deleted one no after). Values are as stored, text unquoted.
/// </summary>
public sealed record AuditChange(string Field, string? Before, string? After)
{
    /// <summary>
    /// The fields of an entry's before and after (each a JSON object of field → value, as <see cref="AuditInterceptor"/>
    /// writes them), field by field in name order; a field whose value did not change is left out. A before or after that
    /// is not such an object (written by something else) is shown whole as one field named "".
    /// </summary>
    public static IReadOnlyList<AuditChange> Of(AuditEntry entry)
    {
        var before = Fields(entry.Before);
        var after = Fields(entry.After);
        if (before is null || after is null)
        {
            return [new AuditChange("", entry.Before, entry.After)];
        }
        return [.. before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(field => new AuditChange(field, before.GetValueOrDefault(field), after.GetValueOrDefault(field)))
            .Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))];
    }

    /// <summary>Field → value of a JSON object; empty for no text; null when the text is not a JSON object.</summary>
    private static Dictionary<string, string?>? Fields(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }
            return fields;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

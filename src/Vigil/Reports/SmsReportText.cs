namespace Vigil.Reports;

/// <summary>
/// Reads a report out of an SMS, in one of two forms (README, "Field reports: channels and protection"):
/// <list type="bullet">
/// <item>Keyword: <c>VR &lt;country&gt; &lt;admin-1&gt; &lt;what happened&gt;</c>, e.g. <c>VR SDN "North Darfur" armed men burned the market</c>
/// (quote an admin-1 of several words; <c>-</c> for none).</item>
/// <item>ODK's compact record representation (ODK XForms spec, "Compact Record Representation (for SMS)"): the prefix <c>vr</c>,
/// then tag and value pairs separated by the delimiter (a space by default, or the character right after the prefix when it is not
/// a letter or digit), a delimiter inside a value escaped with a backslash: <c>vr|c|SDN|a1|North Darfur|w|market burned|hw|2</c>.
/// The tags are the incident form's (<see cref="Tags"/>).</item>
/// </list>
/// </summary>
public static class SmsReportText
{
    public const string Prefix = "vr";

    /// <summary>Compact tags of the default incident form, and the field each stands for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "instanceID",
        ["w"] = "what",
        ["d"] = "occurred_on",
        ["c"] = "country",
        ["a1"] = "admin1",
        ["a2"] = "admin2",
        ["l"] = "location",
        ["hw"] = "harmed/women",
        ["hm"] = "harmed/men",
        ["hg"] = "harmed/girls",
        ["hb"] = "harmed/boys",
        ["hu"] = "harmed/unknown",
        ["p"] = "perpetrator",
        ["s"] = "warning_signs",
        ["hs"] = "hate_speech",
        ["n"] = "network",
    };

    /// <summary>The submission's fields, or null when the message starts with neither form (not meant as a report).</summary>
    public static SubmissionFields? Read(string message, DateTime receivedAt)
    {
        var text = message.Trim();
        if (text.Length <= Prefix.Length || !text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var delimiter = text[Prefix.Length];
        if (char.IsLetterOrDigit(delimiter))
        {
            return null;
        }
        var parts = Split(text[(Prefix.Length + 1)..], delimiter);
        if (parts.Count > 0 && Tags.ContainsKey(parts[0]))
        {
            return Compact(parts, receivedAt);
        }
        return char.IsWhiteSpace(delimiter) ? Keyword(text[(Prefix.Length + 1)..].Trim(), receivedAt) : null;
    }

    private static SubmissionFields Compact(List<string> parts, DateTime receivedAt)
    {
        var fields = new List<KeyValuePair<string, string>>();
        for (var i = 0; i + 1 < parts.Count; i += 2)
        {
            var field = Tags.TryGetValue(parts[i], out var name) ? name : throw new DomainRuleException(parts[i], $"{parts[i]}: not a tag of the incident form.");
            // A space-delimited geopoint comes as two values: take the longitude that follows.
            var value = field == "location" && i + 2 < parts.Count && !Tags.ContainsKey(parts[i + 2]) ? parts[i + 1] + " " + parts[++i + 1] : parts[i + 1];
            fields.Add(KeyValuePair.Create(field, field == "warning_signs" ? value.Replace(',', ' ') : value));
        }
        if (parts.Count % 2 == 1 && !Tags.ContainsKey(parts[^1]))
        {
            throw new DomainRuleException(parts[^1], $"{parts[^1]}: a value without its tag.");
        }
        if (!fields.Any(f => f.Key == "occurred_on"))
        {
            fields.Add(KeyValuePair.Create("occurred_on", receivedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return SubmissionFields.FromPairs(fields);
    }

    private static SubmissionFields Keyword(string rest, DateTime receivedAt)
    {
        var words = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2)
        {
            throw new DomainRuleException("text", "text: send VR <country> <admin-1> <what happened>.");
        }
        var country = words[0];
        var after = words[1];
        string admin1;
        if (after.StartsWith('"') && after.IndexOf('"', 1) is var close and > 0)
        {
            admin1 = after[1..close];
            after = after[(close + 1)..].Trim();
        }
        else
        {
            var split = after.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            admin1 = split[0];
            after = split.Length > 1 ? split[1] : "";
        }
        if (after.Length == 0)
        {
            throw new DomainRuleException("text", "text: say what happened after the country and admin-1.");
        }
        var fields = new List<KeyValuePair<string, string>>
        {
            new("country", country),
            new("what", after),
            new("occurred_on", receivedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (admin1 != "-")
        {
            fields.Add(new("admin1", admin1));
        }
        return SubmissionFields.FromPairs(fields);
    }

    /// <summary>Splits on the delimiter; a backslash before it keeps it in the value. Runs of spaces count as one space delimiter.</summary>
    private static List<string> Split(string text, char delimiter)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == delimiter)
            {
                current.Append(delimiter);
                i++;
            }
            else if (text[i] == delimiter)
            {
                if (!(char.IsWhiteSpace(delimiter) && current.Length == 0))
                {
                    parts.Add(current.ToString());
                }
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }
        parts.Add(current.ToString());
        return parts;
    }
}

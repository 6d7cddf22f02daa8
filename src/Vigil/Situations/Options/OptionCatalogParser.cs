using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Vigil.Situations.Options;

/// <summary>Reads, validates and writes the options catalogue JSON. Errors name the JSON path at fault, as the framework's do.</summary>
public static partial class OptionCatalogParser
{
    public static OptionCatalogDefinition Parse(string json, string sourceName = "options")
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new DomainRuleException(sourceName, $"{sourceName}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }
        if (root is not JsonObject o)
        {
            throw Error(sourceName, "$", "must be an object");
        }
        var id = Text(o, "id", "$", sourceName);
        var version = Text(o, "version", "$", sourceName);
        var source = o["source"]?.GetValue<string>() ?? "";
        if (o["options"] is not JsonArray array || array.Count == 0)
        {
            throw Error(sourceName, "$.options", "must be a non-empty array");
        }
        var options = new List<PreventionOption>();
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.options[{i}]";
            if (array[i] is not JsonObject item)
            {
                throw Error(sourceName, path, "must be an object");
            }
            var optionId = Text(item, "id", path, sourceName);
            if (!OptionId().IsMatch(optionId))
            {
                throw Error(sourceName, path + ".id", $"'{optionId}' must be lower-case words joined by hyphens (at most 50 characters)");
            }
            if (options.Any(x => x.Id == optionId))
            {
                throw Error(sourceName, path + ".id", $"'{optionId}' appears twice");
            }
            if (item["title"] is not JsonObject title)
            {
                throw Error(sourceName, path + ".title", "is required: { en, zh }");
            }
            var factors = item["riskFactors"] is JsonArray f ? f.Select(x => x?.GetValue<string>() ?? "").ToList() : [];
            foreach (var factor in factors.Where(x => !RiskFactorId().IsMatch(x)))
            {
                throw Error(sourceName, path + ".riskFactors", $"'{factor}' is not a Framework risk factor (RF1–RF14)");
            }
            options.Add(new PreventionOption(optionId, new LocalizedText(Text(title, "en", path + ".title", sourceName), Text(title, "zh", path + ".title", sourceName)),
                item["reference"]?.GetValue<string>() ?? "", factors.Distinct().ToList()));
        }
        return new OptionCatalogDefinition(id, version, source, options);
    }

    /// <summary>The catalogue as JSON in the file's own shape (what export writes and import reads).</summary>
    public static string Write(OptionCatalogDefinition catalog) => new JsonObject
    {
        ["id"] = catalog.Id,
        ["version"] = catalog.Version,
        ["source"] = catalog.Source,
        ["options"] = new JsonArray([.. catalog.Options.Select(o => (JsonNode)new JsonObject
        {
            ["id"] = o.Id,
            ["reference"] = o.Reference,
            ["riskFactors"] = new JsonArray([.. o.RiskFactors.Select(f => (JsonNode)JsonValue.Create(f))]),
            ["title"] = new JsonObject { ["en"] = o.Title.En, ["zh"] = o.Title.Zh },
        })]),
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Text(JsonObject o, string name, string path, string sourceName)
    {
        var value = o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : "";
        return value.Length is > 0 and <= 400 ? value : throw Error(sourceName, $"{path}.{name}", "is required (text of at most 400 characters)");
    }

    private static DomainRuleException Error(string sourceName, string path, string message) =>
        new(sourceName, $"{sourceName}: {path} {message}.");

    [GeneratedRegex("^(?=.{1,50}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex OptionId();

    [GeneratedRegex("^RF([1-9]|1[0-4])$")]
    private static partial Regex RiskFactorId();
}

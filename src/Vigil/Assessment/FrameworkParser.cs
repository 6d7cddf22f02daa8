using System.Text.Json;

namespace Vigil.Assessment;

/// <summary>
/// Reads and validates a framework JSON file. Errors name the JSON path at fault, so an
/// admin importing a revised framework knows what to fix.
/// </summary>
public static class FrameworkParser
{
    public static readonly string[] CrimeKeys = ["genocide", "crimesAgainstHumanity", "warCrimes"];

    public static FrameworkDefinition Parse(string json, string sourceName = "framework")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new DomainRuleException(sourceName, $"{sourceName}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            var id = RequiredString(root, "id", "$", sourceName);
            var version = RequiredString(root, "version", "$", sourceName);
            var crimes = root.TryGetProperty("crimes", out var crimesElement)
                ? CrimeKeys.ToDictionary(k => k, k => Text(crimesElement, k, "$.crimes", sourceName))
                : CrimeKeys.ToDictionary(k => k, k => new LocalizedText(k, k));
            var factors = new List<RiskFactorDefinition>();
            var indicatorIds = new HashSet<string>(StringComparer.Ordinal);
            if (!root.TryGetProperty("riskFactors", out var factorArray) || factorArray.ValueKind != JsonValueKind.Array || factorArray.GetArrayLength() == 0)
            {
                throw Error(sourceName, "$.riskFactors", "must be a non-empty array");
            }

            var index = 0;
            foreach (var f in factorArray.EnumerateArray())
            {
                var path = $"$.riskFactors[{index++}]";
                var factorId = RequiredString(f, "id", path, sourceName);
                var kind = RequiredString(f, "kind", path, sourceName);
                if (kind is not ("common" or "specific"))
                {
                    throw Error(sourceName, path + ".kind", $"must be 'common' or 'specific', not '{kind}'");
                }
                var factorCrimes = f.TryGetProperty("crimes", out var c) && c.ValueKind == JsonValueKind.Array
                    ? c.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
                    : throw Error(sourceName, path + ".crimes", "is required");
                foreach (var crime in factorCrimes.Where(x => !CrimeKeys.Contains(x)))
                {
                    throw Error(sourceName, path + ".crimes", $"unknown crime '{crime}' (expected {string.Join(", ", CrimeKeys)})");
                }
                var indicators = new List<IndicatorDefinition>();
                if (f.TryGetProperty("indicators", out var indicatorArray))
                {
                    var i = 0;
                    foreach (var ind in indicatorArray.EnumerateArray())
                    {
                        var indicatorPath = $"{path}.indicators[{i++}]";
                        var indicatorId = RequiredString(ind, "id", indicatorPath, sourceName);
                        if (!indicatorIds.Add(indicatorId))
                        {
                            throw Error(sourceName, indicatorPath + ".id", $"duplicate indicator id '{indicatorId}'");
                        }
                        indicators.Add(new IndicatorDefinition(
                            indicatorId,
                            Text(ind, "text", indicatorPath, sourceName),
                            ind.TryGetProperty("check", out var check) ? check.GetString() ?? "recalled" : "recalled",
                            ind.TryGetProperty("gender", out var gender) && gender.ValueKind == JsonValueKind.True));
                    }
                }
                var completeness = f.TryGetProperty("completeness", out var comp)
                    ? new FactorCompleteness(
                        comp.TryGetProperty("status", out var s) ? s.GetString() ?? "unknown" : "unknown",
                        comp.TryGetProperty("expectedIndicators", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : null,
                        comp.TryGetProperty("note", out _) ? Text(comp, "note", path + ".completeness", sourceName) : new LocalizedText("", ""))
                    : new FactorCompleteness("complete", indicators.Count, new LocalizedText("", ""));
                var themes = f.TryGetProperty("unnumberedThemes", out var t) && t.ValueKind == JsonValueKind.Array
                    ? t.EnumerateArray().Select(x => new LocalizedText(x.GetProperty("en").GetString() ?? "", x.TryGetProperty("zh", out var zh) ? zh.GetString() ?? "" : "")).ToList()
                    : [];
                factors.Add(new RiskFactorDefinition(
                    factorId,
                    f.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : index,
                    kind,
                    factorCrimes,
                    Text(f, "title", path, sourceName),
                    f.TryGetProperty("summary", out _) ? Text(f, "summary", path, sourceName) : new LocalizedText("", ""),
                    completeness,
                    indicators,
                    themes));
            }

            if (factors.Select(f => f.Id).Distinct(StringComparer.Ordinal).Count() != factors.Count)
            {
                throw Error(sourceName, "$.riskFactors", "risk factor ids must be unique");
            }

            return new FrameworkDefinition(
                id,
                version,
                root.TryGetProperty("name", out _) ? Text(root, "name", "$", sourceName) : new LocalizedText(id, id),
                root.TryGetProperty("source", out var source) ? source.GetString() ?? "" : "",
                crimes,
                root.TryGetProperty("ethnicCleansing", out _) ? Text(root, "ethnicCleansing", "$", sourceName) : new LocalizedText("", ""),
                factors);
        }
    }

    private static string RequiredString(JsonElement element, string property, string path, string sourceName) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw Error(sourceName, $"{path}.{property}", "is required and must be a non-empty string");

    private static LocalizedText Text(JsonElement element, string property, string path, string sourceName)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            throw Error(sourceName, $"{path}.{property}", "is required");
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            return new LocalizedText(value.GetString()!, value.GetString()!);
        }
        var en = value.TryGetProperty("en", out var e) ? e.GetString() : null;
        if (string.IsNullOrWhiteSpace(en))
        {
            throw Error(sourceName, $"{path}.{property}.en", "is required");
        }
        return new LocalizedText(en, value.TryGetProperty("zh", out var z) ? z.GetString() ?? en : en);
    }

    private static DomainRuleException Error(string sourceName, string path, string message) =>
        new(path, $"{sourceName}: {path} {message}");
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Situations.Cases;

/// <summary>
/// The JSON of <c>vigil cases import|export</c> and of the seed: <c>{ "about": "…", "cases": [ <see cref="CaseInput"/>… ] }</c>,
/// camelCase. A file that is not this shape is refused with the JSON path of the fault (e.g. "$.cases[3].timeline").
/// </summary>
public sealed record CaseFile(string? About, IReadOnlyList<CaseInput> Cases)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static CaseFile Parse(string json)
    {
        try
        {
            var file = JsonSerializer.Deserialize<CaseFile>(json, Json);
            return file?.Cases is null
                ? throw new DomainRuleException("cases", "cases: the file has no \"cases\" array.")
                : file;
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            throw new DomainRuleException(path, $"{path}: not a case file ({FirstSentence(ex.Message)}).");
        }
    }

    public string Write() => JsonSerializer.Serialize(this, Json);

    public static CaseInput ToInput(PreventionCase c) => new()
    {
        Id = c.Id,
        CountryIso3 = c.CountryIso3,
        Title = c.Title,
        Summary = c.Summary,
        PeriodStart = c.PeriodStart,
        PeriodEnd = c.PeriodEnd,
        Outcome = c.Outcome,
        Timeline = c.Timeline,
        Options = c.Options,
        Actors = c.Actors,
        Factors = c.Factors,
        Sources = c.Sources,
        RatingsIllustrative = c.RatingsIllustrative,
        IsExample = c.IsExample,
        Classification = c.Classification.ToString().ToLowerInvariant(),
        SourceSituationId = c.SourceSituationId,
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}

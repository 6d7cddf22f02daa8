using System.Text.Json;

namespace Vigil.Speech.Monitoring;

/// <summary>Lexicon hits as stored with a post: a JSON array of { term, targetGroup, severity, incitement }.</summary>
public static class LexiconHitsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<LexiconHit> hits) => JsonSerializer.Serialize(hits, Options);

    public static IReadOnlyList<LexiconHit> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<LexiconHit>>(json, Options) ?? [];
}

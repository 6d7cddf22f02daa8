using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Vigil.Countries;

/// <summary>
/// The country reference, read once from the JSON embedded in this assembly
/// (facts written by the project; see Countries/countries.json).
/// </summary>
public sealed class CountryCatalog
{
    private readonly FrozenDictionary<string, Country> _byIso3;
    private readonly FrozenDictionary<string, Country> _byName;
    private readonly FrozenDictionary<int, Country> _byCow;

    public CountryCatalog(IEnumerable<Country> countries)
    {
        All = countries.OrderBy(c => c.Name.En, StringComparer.Ordinal).ToList();
        _byIso3 = All.ToFrozenDictionary(c => c.Iso3, StringComparer.OrdinalIgnoreCase);
        _byCow = All.Where(c => c.Cow is not null && c.Status != "historical")
            .GroupBy(c => c.Cow!.Value).ToFrozenDictionary(g => g.Key, g => g.First());
        var names = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in All)
        {
            foreach (var name in country.Aliases.Prepend(country.Name.En))
            {
                names.TryAdd(PlaceNameKey.Of(name), country);
            }
        }
        _byName = names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyList<Country> All { get; }

    /// <summary>
    /// A fictional country for training and the demo, on an ISO 3166 user-assigned code,
    /// so that no example can be mistaken for an assessment of a real state.
    /// Its name is ours, not the data file's, so it sits in the resource file, read in the data's two languages.
    /// </summary>
    public static Country TrainingCountry { get; } = new(
        "XTA", null, new LocalizedText(TrainingCountryName("en"), TrainingCountryName("zh-Hans")), "fictional", []);

    public static CountryCatalog Embedded { get; } = LoadEmbedded();

    public Country? Find(string? iso3) =>
        iso3 is not null && _byIso3.TryGetValue(iso3.Trim(), out var country) ? country : null;

    public Country? FindByCow(int cow) => _byCow.GetValueOrDefault(cow);

    /// <summary>Resolves an English country name or alias as spelt in common data sets.</summary>
    public Country? Resolve(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null
        : Find(name) ?? _byName.GetValueOrDefault(PlaceNameKey.Of(name));

    /// <summary>
    /// The countries a person looking for <paramref name="text"/> means, best first: the one whose ISO3 code it is, then those
    /// with an English or Chinese name or an alias starting with it, then those containing it; within each, by English name.
    /// Case, accents and punctuation are ignored as in <see cref="Resolve"/>. Empty text: every country.
    /// </summary>
    public IEnumerable<Country> Search(string? text)
    {
        var key = PlaceNameKey.Of(text ?? "");
        if (key.Length == 0)
        {
            return All;
        }
        var code = text!.Trim();
        return All
            .Select(c => (Country: c, Rank: SearchRank(c, code, key)))
            .Where(x => x.Rank > 0)
            .OrderByDescending(x => x.Rank)
            .Select(x => x.Country);
    }

    private static int SearchRank(Country country, string code, string key)
    {
        if (country.Iso3.Equals(code, StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }
        var names = country.Aliases.Append(country.Name.En).Append(country.Name.Zh).Select(PlaceNameKey.Of).ToList();
        if (names.Any(n => n.StartsWith(key, StringComparison.Ordinal)))
        {
            return 2;
        }
        return names.Any(n => n.Contains(key, StringComparison.Ordinal)) ? 1 : 0;
    }

    private static string TrainingCountryName(string culture) =>
        CountriesDomainText.ResourceManager.GetString(nameof(CountriesDomainText.TrainingCountryName), CultureInfo.GetCultureInfo(culture))!;

    private static CountryCatalog LoadEmbedded()
    {
        using var stream = typeof(CountryCatalog).Assembly.GetManifestResourceStream("Vigil.Countries.countries.json")
            ?? throw new InvalidOperationException("The country reference is not embedded in the Vigil assembly.");
        using var json = JsonDocument.Parse(stream);
        var countries = json.RootElement.EnumerateArray().Select(e => new Country(
            e.GetProperty("iso3").GetString()!,
            e.TryGetProperty("cow", out var cow) && cow.ValueKind == JsonValueKind.Number ? cow.GetInt32() : null,
            new LocalizedText(e.GetProperty("name").GetProperty("en").GetString()!, e.GetProperty("name").GetProperty("zh").GetString() ?? ""),
            e.TryGetProperty("status", out var status) ? status.GetString() ?? "member" : "member",
            e.TryGetProperty("aliases", out var aliases) ? aliases.EnumerateArray().Select(a => a.GetString()!).ToList() : [],
            e.TryGetProperty("isoNumeric", out var numeric) && numeric.ValueKind == JsonValueKind.Number ? numeric.GetInt32() : null));
        return new CountryCatalog(countries.Append(TrainingCountry));
    }
}

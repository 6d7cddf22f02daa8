using Vigil.Countries;

namespace Vigil.Situations.Cases;

/// <summary>What a case's fields are checked against: the countries Vigil knows and the prevention options of the latest catalogue.</summary>
public sealed record CaseReferences(CountryCatalog Countries, IReadOnlySet<string> Options)
{
    public static async Task<CaseReferences> LoadAsync(CountryCatalog countries, Options.OptionCatalog catalog, CancellationToken cancellationToken) =>
        new(countries, (await catalog.LatestAsync(cancellationToken)).Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal));
}

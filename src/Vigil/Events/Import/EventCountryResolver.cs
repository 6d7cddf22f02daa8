using System.Collections.Frozen;
using Vigil.Countries;

namespace Vigil.Events.Import;

/// <summary>
/// Resolves the country of an event as each source writes it — a name (GED "DR Congo (Zaire)",
/// ACLED "Ivory Coast"), an ISO3 code, a Gleditsch–Ward/COW number, or a FIPS 10-4 code (GDELT's
/// geography fields) — to a catalogue country. Answers are cached: a file names few countries many times.
/// </summary>
internal sealed class EventCountryResolver
{
    private static readonly FrozenDictionary<string, string> FipsToIso3 = LoadFips();

    private readonly CountryCatalog _catalog;
    private readonly Dictionary<string, Country?> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country?>.AlternateLookup<ReadOnlySpan<char>> _byNameLookup;

    public EventCountryResolver(CountryCatalog catalog)
    {
        _catalog = catalog;
        _byNameLookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>By ISO3 code first, then by name (with GED's "Current (Former)" spellings), then by state number.</summary>
    public Country? Resolve(ReadOnlySpan<char> iso3, ReadOnlySpan<char> name, int? stateNumber)
    {
        if (iso3.Length == 3 && _catalog.Find(iso3.ToString()) is { } byCode)
        {
            return byCode;
        }
        if (!name.IsEmpty && ByName(name) is { } byName)
        {
            return byName;
        }
        return stateNumber is { } number ? _catalog.FindByCow(number) : null;
    }

    public Country? ResolveFips(ReadOnlySpan<char> fips) =>
        fips.Length == 2 && FipsToIso3.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(fips, out var iso3) ? _catalog.Find(iso3) : null;

    private Country? ByName(ReadOnlySpan<char> name)
    {
        if (_byNameLookup.TryGetValue(name, out var cached))
        {
            return cached;
        }
        var text = name.ToString();
        var country = _catalog.Resolve(text);
        var open = text.IndexOf(" (", StringComparison.Ordinal);
        if (country is null && open > 0)
        {
            // GED writes "Current name (former name)": "Yemen (North Yemen)", "Cambodia (Kampuchea)".
            country = _catalog.Resolve(text[..open]) ?? _catalog.Resolve(text[(open + 2)..].TrimEnd(')'));
        }
        _byName[text] = country;
        return country;
    }

    private static FrozenDictionary<string, string> LoadFips()
    {
        using var stream = typeof(EventCountryResolver).Assembly.GetManifestResourceStream("Vigil.Events.fips-10-4.csv")
            ?? throw new InvalidOperationException("The FIPS 10-4 country table is not embedded in the Vigil assembly.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            if (parts.Length == 2)
            {
                map[parts[0]] = parts[1];
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

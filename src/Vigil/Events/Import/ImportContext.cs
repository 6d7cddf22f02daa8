using Vigil.Countries;

namespace Vigil.Events.Import;

/// <summary>What every row mapper of one import shares: country resolution and string pools.</summary>
internal sealed class ImportContext(CountryCatalog catalog)
{
    public EventCountryResolver Countries { get; } = new(catalog);
    public TextPool Pool { get; } = new();
}

namespace Vigil.Situations.Options;

/// <summary>A stored version of the prevention options catalogue: the JSON as imported or saved, kept for ever.</summary>
public sealed class OptionCatalogRecord
{
    private OptionCatalogRecord()
    {
    }

    public OptionCatalogRecord(string version, string json, DateTime savedAt, string savedBy)
    {
        Version = version;
        Json = json;
        SavedAt = savedAt;
        SavedBy = savedBy;
    }

    public int Id { get; private set; }
    public string Version { get; private set; } = "";
    public string Json { get; private set; } = "";
    public DateTime SavedAt { get; private set; }
    public string SavedBy { get; private set; } = "";
}

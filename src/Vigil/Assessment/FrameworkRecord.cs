namespace Vigil.Assessment;

/// <summary>A stored framework version: the JSON file as imported, kept for ever so old assessments still resolve.</summary>
public sealed class FrameworkRecord
{
    private FrameworkRecord()
    {
    }

    public FrameworkRecord(string frameworkId, string version, string json, DateTime importedAt)
    {
        FrameworkId = frameworkId;
        Version = version;
        Json = json;
        ImportedAt = importedAt;
    }

    public int Id { get; private set; }
    public string FrameworkId { get; private set; } = "";
    public string Version { get; private set; } = "";
    public string Json { get; private set; } = "";
    public DateTime ImportedAt { get; private set; }
}

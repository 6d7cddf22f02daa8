namespace Vigil.Reports;

/// <summary>
/// The store's secret for recognising repeat reporters (HMAC-SHA256 of a phone number or device id). It is kept in the database,
/// encrypted with the key ring like other Confidential fields, so every instance sharing the store computes the same hash and a
/// database dump alone cannot test guessed phone numbers against the hashes.
/// </summary>
public sealed class ReporterHashKey
{
    private ReporterHashKey()
    {
    }

    public ReporterHashKey(string key, DateTime now)
    {
        Id = 1;
        Key = key;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>32 random bytes, base64.</summary>
    public string? Key { get; private set; }
    public DateTime CreatedAt { get; private set; }
}

namespace Vigil.Security.KeyRing;

/// <summary>
/// One Data Protection key as ASP.NET Core writes it (an XML element), kept in the database so that every instance
/// sharing a PostgreSQL store reads the same key ring (<see cref="DatabaseXmlRepository"/>). The XML holds the key
/// material, encrypted with the operator's certificate when one is configured (<see cref="KeyRingProtection"/>).
/// </summary>
public sealed class DataProtectionKeyRecord
{
    private DataProtectionKeyRecord()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The name Data Protection gives the element ("key-{id}"); unique, so two instances importing the same file store it once.</summary>
    public string FriendlyName { get; private set; } = "";

    public string KeyXml { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public static DataProtectionKeyRecord Of(string friendlyName, string xml, DateTime now) =>
        new() { Id = Guid.NewGuid(), FriendlyName = friendlyName, KeyXml = xml, CreatedAt = now };
}

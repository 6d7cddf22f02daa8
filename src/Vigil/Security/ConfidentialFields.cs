using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Vigil.Security;

/// <summary>
/// Encrypts Confidential fields (identities of sources and reporters) at rest with ASP.NET
/// Core Data Protection; a database dump shows only ciphertext. Keys live in the data
/// directory's keys/ folder (or VIGIL_KEYS_DIR); losing them loses these fields.
/// </summary>
public sealed class ConfidentialFields(IDataProtectionProvider provider)
{
    private const string Annotation = "Vigil:Confidential";
    private const string Purpose = "Vigil.ConfidentialFields.v1";
    public const string Unreadable = "(cannot be decrypted: the key is missing)";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plain) => _protector.Protect(plain);

    public string Unprotect(string cipher)
    {
        try
        {
            return _protector.Unprotect(cipher);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return Unreadable;
        }
    }

    /// <summary>Maps a string property as encrypted and marks it for redaction in the audit trail.</summary>
    public static void Configure(PropertyBuilder<string?> property, ConfidentialFields? fields)
    {
        property.HasAnnotation(Annotation, true);
        if (fields is not null)
        {
            property.HasConversion(new ValueConverter<string?, string?>(v => v == null ? null : fields.Protect(v), v => v == null ? null : fields.Unprotect(v)));
        }
    }

    public static bool IsConfidential(IProperty property) => property.FindAnnotation(Annotation)?.Value is true;
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// Marks a string property as confidential, in the feature's mapping: it is redacted in the audit trail, and encrypted
    /// once the store's keys are known (<see cref="EncryptMarked"/>, Security's <see cref="Storage.ModelPart"/>).
    /// </summary>
    public static void Mark(PropertyBuilder<string?> property) => property.HasAnnotation(Annotation, true);

    /// <summary>Maps every property marked confidential as encrypted with this store's keys.</summary>
    public void EncryptMarked(ModelBuilder builder)
    {
        var converter = new ValueConverter<string?, string?>(v => v == null ? null : Protect(v), v => v == null ? null : Unprotect(v));
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties()).Where(IsConfidential).ToList())
        {
            property.SetValueConverter(converter);
        }
    }

    public static bool IsConfidential(IReadOnlyProperty property) => property.FindAnnotation(Annotation)?.Value is true;
}

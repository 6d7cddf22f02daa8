using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Vigil.Storage;

namespace Vigil.Security.KeyRing;

/// <summary>
/// Where the Data Protection key ring lives and what protects it at rest. SQLite (one instance): the keys folder
/// (VIGIL_KEYS_DIR, else keys/ in the data directory). PostgreSQL (one or several instances): the database, so every
/// instance shares it. Either way, a certificate the operator provides (VIGIL_KEYS_CERTIFICATE: a .pfx with
/// VIGIL_KEYS_CERTIFICATE_PASSWORD, or a .pem holding the certificate and its private key) encrypts each key before it
/// is stored; without one the keys are stored as plain XML, protected only by the folder's or the database's access rights.
/// </summary>
public sealed record KeyRingProtection(string Location, X509Certificate2? Certificate)
{
    public const string CertificateVariable = "VIGIL_KEYS_CERTIFICATE";
    public const string PasswordVariable = "VIGIL_KEYS_CERTIFICATE_PASSWORD";

    public bool InDatabase => Location == "database";

    public static KeyRingProtection For(DatabaseTarget target) =>
        new(target.IsPostgres ? "database" : target.KeysDirectory, LoadCertificate(Environment.GetEnvironmentVariable(CertificateVariable)));

    /// <summary>Persists the key ring where <see cref="Location"/> says, encrypted with the certificate when there is one.</summary>
    public void Configure(IDataProtectionBuilder builder, DatabaseTarget target)
    {
        if (InDatabase)
        {
            builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
                o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<VigilDb>>(),
                    sp.GetRequiredService<TimeProvider>(), target.KeysDirectory)));
        }
        else
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(target.KeysDirectory));
        }
        if (Certificate is not null)
        {
            // Decryption finds the certificate here, not in an X.509 store Linux containers rarely have.
            builder.ProtectKeysWithCertificate(Certificate).UnprotectKeysWithAnyCertificate(Certificate);
        }
    }

    /// <summary>One sentence for the start-up log; <see cref="Certificate"/> null is worth a warning.</summary>
    public string Describe() =>
        (InDatabase ? "Data Protection keys: in the database (table data_protection_keys), shared by every instance" : $"Data Protection keys: in {Location}")
        + (Certificate is not null
            ? $"; encrypted at rest with certificate {Certificate.Subject} ({Certificate.Thumbprint})"
            : $"; NOT encrypted at rest: anyone who can read the {(InDatabase ? "database" : "folder")} can read the keys and so the confidential fields. Set {CertificateVariable} to a certificate to encrypt them");

    private static X509Certificate2? LoadCertificate(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        var certificate = path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, password);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{CertificateVariable} ({path}) has no private key: Vigil could encrypt keys with it but never read them back.");
    }
}

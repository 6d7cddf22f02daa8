using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Composition;
using Vigil.Security;
using Vigil.Security.KeyRing;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Security;

/// <summary>The key ring in the database, encrypted with the operator's certificate: shared by instances that have it, useless without it.</summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task KeysInDatabase_WithCertificate_StoredEncryptedAndReadByAnotherInstanceOnlyWithTheCertificate()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = TestStore.Sqlite();
        using var certificate = SelfSigned();

        string cipher;
        await using (var first = await InstanceAsync(store, certificate, ct))
        {
            cipher = first.GetRequiredService<ConfidentialFields>().Protect("a source's name");
            await using var db = await first.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(ct);
            var key = Assert.Single(await db.Set<DataProtectionKeyRecord>().ToListAsync(ct));
            Assert.Contains("EncryptedData", key.KeyXml, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted", key.KeyXml, StringComparison.Ordinal);
        }
        await using (var second = await InstanceAsync(store, certificate, ct))
        {
            Assert.Equal("a source's name", second.GetRequiredService<ConfidentialFields>().Unprotect(cipher));
        }
        using var otherCertificate = SelfSigned();
        await using (var withoutIt = await InstanceAsync(store, otherCertificate, ct))
        {
            Assert.Equal(ConfidentialFields.Unreadable, withoutIt.GetRequiredService<ConfidentialFields>().Unprotect(cipher));
        }
    }

    /// <summary>One instance's services over the store, its keys in the database (as on PostgreSQL) under <paramref name="certificate"/>.</summary>
    private static async Task<ServiceProvider> InstanceAsync(TestStore store, X509Certificate2 certificate, CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVigilCore(store.Target);
        new KeyRingProtection("database", certificate).Configure(services.AddDataProtection(), store.Target);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseSetup>().MigrateAsync(ct);
        return provider;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Vigil key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}

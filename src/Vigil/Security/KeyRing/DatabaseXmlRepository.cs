using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Security.KeyRing;

/// <summary>
/// The Data Protection key ring in <see cref="VigilDb"/> (table data_protection_keys), used on PostgreSQL so that every
/// instance of a cluster protects and reads cookies, tokens and confidential fields with the same keys. The first read
/// of an empty table imports the keys a single instance kept on disk before (<paramref name="legacyFolder"/>), so that
/// data encrypted then stays readable.
/// </summary>
public sealed class DatabaseXmlRepository(IDbContextFactory<VigilDb> dbFactory, TimeProvider time, string? legacyFolder) : IXmlRepository
{
    // Data Protection's interface is synchronous; it calls it rarely (start, refresh once a day, a new key).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = dbFactory.CreateDbContext();
        var stored = db.Set<DataProtectionKeyRecord>().AsNoTracking().OrderBy(k => k.CreatedAt).Select(k => k.KeyXml).ToList();
        if (stored.Count == 0 && ImportLegacyKeys(db) is { Count: > 0 } imported)
        {
            return imported;
        }
        return [.. stored.Select(x => XElement.Parse(x))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = dbFactory.CreateDbContext();
        db.Add(DataProtectionKeyRecord.Of(friendlyName, element.ToString(SaveOptions.DisableFormatting), time.GetUtcNow().UtcDateTime));
        db.SaveChanges();
    }

    private List<XElement> ImportLegacyKeys(VigilDb db)
    {
        if (legacyFolder is null || !Directory.Exists(legacyFolder))
        {
            return [];
        }
        var elements = new List<XElement>();
        foreach (var file in Directory.GetFiles(legacyFolder, "key-*.xml").Order(StringComparer.Ordinal))
        {
            var element = XElement.Load(file);
            elements.Add(element);
            db.Add(DataProtectionKeyRecord.Of(Path.GetFileNameWithoutExtension(file), element.ToString(SaveOptions.DisableFormatting), time.GetUtcNow().UtcDateTime));
        }
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another instance imported the same files at the same moment (the names are unique): its rows are these keys.
        }
        return elements;
    }
}

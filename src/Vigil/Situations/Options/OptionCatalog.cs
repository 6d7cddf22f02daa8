using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Situations.Options;

/// <summary>
/// The prevention options catalogue as versioned data, like the Framework: the embedded first version is stored on first start;
/// admins save new versions (by import or in the editor). Actions name option ids, so a version may add options or change their
/// titles and factors but never drop an id an action uses.
/// </summary>
public sealed class OptionCatalog(IDbContextFactory<VigilDb> dbFactory, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, OptionCatalogDefinition> _parsed = new(StringComparer.Ordinal);

    public static string EmbeddedJson()
    {
        using var stream = typeof(OptionCatalog).Assembly.GetManifestResourceStream("Vigil.Situations.prevention-options-v1.json")
            ?? throw new InvalidOperationException("The prevention options catalogue is not embedded in the Vigil assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<OptionCatalogRecord>().AnyAsync(cancellationToken))
        {
            var json = EmbeddedJson();
            var definition = OptionCatalogParser.Parse(json, "prevention-options-v1.json");
            db.Add(new OptionCatalogRecord(definition.Version, json, time.GetUtcNow().UtcDateTime, "system"));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The latest saved version (the embedded one when the store has none yet, e.g. before setup).</summary>
    public async Task<OptionCatalogDefinition> LatestAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.Set<OptionCatalogRecord>().AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? OptionCatalogParser.Parse(EmbeddedJson())
            : _parsed.GetOrAdd(latest.Version, _ => OptionCatalogParser.Parse(latest.Json, $"options {latest.Version}"));
    }

    public async Task<IReadOnlyList<(string Version, DateTime SavedAt, string SavedBy)>> VersionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<OptionCatalogRecord>().AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Version, r.SavedAt, r.SavedBy }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Version, r.SavedAt, r.SavedBy))];
    }

    /// <summary>
    /// Saves a new version from JSON (import, or the editor's form written as JSON). A version that exists, or that drops an option
    /// an action names, is refused.
    /// </summary>
    public async Task<OptionCatalogDefinition> SaveAsync(string json, string sourceName, string by, CancellationToken cancellationToken)
    {
        var definition = OptionCatalogParser.Parse(json, sourceName);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Set<OptionCatalogRecord>().AnyAsync(r => r.Version == definition.Version, cancellationToken))
        {
            throw new DomainRuleException("version", $"{sourceName}: version {definition.Version} exists already; give the revision a new version.", conflict: true);
        }
        var used = await db.Set<PreventionAction>().Select(a => a.OptionId).Distinct().ToListAsync(cancellationToken);
        var dropped = used.Where(id => definition.Find(id) is null).Order(StringComparer.Ordinal).ToList();
        if (dropped.Count > 0)
        {
            throw new DomainRuleException("options", $"{sourceName}: actions name {string.Join(", ", dropped)}; a new version keeps every option in use.", conflict: true);
        }
        db.Add(new OptionCatalogRecord(definition.Version, OptionCatalogParser.Write(definition), time.GetUtcNow().UtcDateTime, by));
        await db.SaveChangesAsync(cancellationToken);
        return definition;
    }

    /// <summary>A version number not yet used, for the editor (one above the highest numeric version).</summary>
    public async Task<string> NextVersionAsync(CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(cancellationToken);
        var highest = versions.Select(v => int.TryParse(v.Version, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        return (highest + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

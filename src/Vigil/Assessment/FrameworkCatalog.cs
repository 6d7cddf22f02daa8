using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Assessment;

/// <summary>
/// The framework versions in the database, parsed once each. The UN Framework file
/// embedded in this assembly is stored on first start; admins add revisions by import.
/// </summary>
public sealed class FrameworkCatalog(IDbContextFactory<VigilDb> dbFactory, TimeProvider time)
{
    public const string DefaultFrameworkId = "un-foa";
    private readonly ConcurrentDictionary<(string, string), FrameworkDefinition> _parsed = new();

    public static string EmbeddedJson(string fileName = "un-foa-2014.json")
    {
        using var stream = typeof(FrameworkCatalog).Assembly.GetManifestResourceStream($"Vigil.Frameworks.{fileName}")
            ?? throw new InvalidOperationException($"Framework file {fileName} is not embedded in the Vigil assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Stores the embedded framework version if the database does not have it yet.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var json = EmbeddedJson();
        var definition = FrameworkParser.Parse(json, "un-foa-2014.json");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Frameworks.AnyAsync(f => f.FrameworkId == definition.Id && f.Version == definition.Version, cancellationToken))
        {
            db.Frameworks.Add(new FrameworkRecord(definition.Id, definition.Version, json, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<FrameworkDefinition?> GetAsync(string frameworkId, string? version, CancellationToken cancellationToken)
    {
        if (version is not null && _parsed.TryGetValue((frameworkId, version), out var cached))
        {
            return cached;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Frameworks.AsNoTracking().Where(f => f.FrameworkId == frameworkId)
            .Where(f => version == null || f.Version == version)
            .ToListAsync(cancellationToken);
        // Latest = most recently imported; version strings need not sort.
        var record = records.OrderByDescending(r => r.ImportedAt).ThenByDescending(r => r.Id).FirstOrDefault();
        return record is null ? null : _parsed.GetOrAdd((record.FrameworkId, record.Version), _ => FrameworkParser.Parse(record.Json, $"{record.FrameworkId} {record.Version}"));
    }

    public Task<FrameworkDefinition?> LatestAsync(CancellationToken cancellationToken) => GetAsync(DefaultFrameworkId, null, cancellationToken);

    public async Task<FrameworkDefinition> ForAsync(RiskAssessment assessment, CancellationToken cancellationToken) =>
        await GetAsync(assessment.FrameworkId, assessment.FrameworkVersion, cancellationToken)
        ?? throw new InvalidOperationException($"Framework {assessment.FrameworkId} {assessment.FrameworkVersion} is missing from the database.");

    public async Task<IReadOnlyList<(string Id, string Version, DateTime ImportedAt)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Frameworks.AsNoTracking().Select(f => new { f.FrameworkId, f.Version, f.ImportedAt }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.FrameworkId).ThenBy(r => r.ImportedAt).Select(r => (r.FrameworkId, r.Version, r.ImportedAt)).ToList();
    }

    /// <summary>Adds a new framework version from JSON; an existing version is never overwritten.</summary>
    public async Task<FrameworkDefinition> ImportAsync(string json, string sourceName, CancellationToken cancellationToken)
    {
        var definition = FrameworkParser.Parse(json, sourceName);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Frameworks.AnyAsync(f => f.FrameworkId == definition.Id && f.Version == definition.Version, cancellationToken))
        {
            throw new DomainRuleException("version",
                $"{sourceName}: framework {definition.Id} version {definition.Version} exists already; give the revision a new version so existing assessments keep theirs.",
                conflict: true);
        }
        db.Frameworks.Add(new FrameworkRecord(definition.Id, definition.Version, json, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return definition;
    }

    public async Task<string?> ExportAsync(string frameworkId, string? version, CancellationToken cancellationToken)
    {
        var definition = await GetAsync(frameworkId, version, cancellationToken);
        if (definition is null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Frameworks.AsNoTracking().Where(f => f.FrameworkId == definition.Id && f.Version == definition.Version)
            .Select(f => f.Json).FirstAsync(cancellationToken);
    }
}

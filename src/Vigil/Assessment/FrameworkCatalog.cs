using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Assessment;

/// <summary>
/// The framework versions in the database, parsed once each. The UN Framework files
/// embedded in this assembly (one per version Vigil ships) are stored on start; admins of
/// an organisation entitled to publish add revisions by import. Which version an
/// organisation's new assessments use is its admin's choice (<see cref="FrameworkChoice"/>).
/// </summary>
public sealed class FrameworkCatalog(IDbContextFactory<VigilDb> dbFactory, TimeProvider time)
{
    public const string DefaultFrameworkId = "un-foa";

    /// <summary>The versions Vigil ships, oldest first; the last is the default of an organisation that chose none.</summary>
    public static readonly IReadOnlyList<string> ShippedFiles = ["un-foa-2014.json", "un-foa-2014.2.json"];

    public const string ShippedVersion = "2014.2";
    private readonly ConcurrentDictionary<(string, string), FrameworkDefinition> _parsed = new();

    public static string EmbeddedJson(string fileName = "un-foa-2014.json")
    {
        using var stream = typeof(FrameworkCatalog).Assembly.GetManifestResourceStream($"Vigil.Frameworks.{fileName}")
            ?? throw new InvalidOperationException($"Framework file {fileName} is not embedded in the Vigil assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Stores each embedded framework version the database does not have yet, oldest first.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var file in ShippedFiles)
        {
            var json = EmbeddedJson(file);
            var definition = FrameworkParser.Parse(json, file);
            if (!await db.Frameworks.AnyAsync(f => f.FrameworkId == definition.Id && f.Version == definition.Version, cancellationToken))
            {
                // A microsecond apart (PostgreSQL's resolution), so that "imported later" orders the versions of one seed.
                now = now.AddTicks(10);
                db.Frameworks.Add(new FrameworkRecord(definition.Id, definition.Version, json, now));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>The version an organisation's new assessments use: its admin's choice, else the newest version Vigil ships.</summary>
    public async Task<FrameworkDefinition> DefaultForAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var choice = organizationId is { } id ? await ChoiceOfAsync(id, cancellationToken) : null;
        return (choice is null ? null : await GetAsync(choice.FrameworkId, choice.Version, cancellationToken))
            ?? await GetAsync(DefaultFrameworkId, ShippedVersion, cancellationToken)
            ?? throw new InvalidOperationException("No framework is stored; run the database setup first.");
    }

    public async Task<FrameworkChoice?> ChoiceOfAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.FrameworkChoices.AsNoTracking().FirstOrDefaultAsync(c => c.OrganizationId == organizationId, cancellationToken);
    }

    /// <summary>What changed from each stored version of a framework to the next one imported, oldest first.</summary>
    public async Task<IReadOnlyList<FrameworkChanges>> HistoryAsync(string frameworkId, CancellationToken cancellationToken)
    {
        var versions = (await ListAsync(cancellationToken)).Where(v => v.Id == frameworkId).ToList();
        var changes = new List<FrameworkChanges>();
        for (var i = 1; i < versions.Count; i++)
        {
            var from = await GetAsync(frameworkId, versions[i - 1].Version, cancellationToken);
            var to = await GetAsync(frameworkId, versions[i].Version, cancellationToken);
            if (from is not null && to is not null)
            {
                changes.Add(FrameworkChanges.Between(from, to));
            }
        }
        return changes;
    }

    /// <summary>Whether <paramref name="candidate"/> was stored after <paramref name="current"/> (version strings need not sort).</summary>
    public async Task<bool> IsNewerAsync(FrameworkDefinition candidate, FrameworkDefinition current, CancellationToken cancellationToken)
    {
        var versions = (await ListAsync(cancellationToken)).Where(v => v.Id == current.Id).Select(v => v.Version).ToList();
        return candidate.Id == current.Id && versions.IndexOf(candidate.Version) > versions.IndexOf(current.Version);
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
        var rows = await db.Frameworks.AsNoTracking().Select(f => new { f.Id, f.FrameworkId, f.Version, f.ImportedAt }).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.FrameworkId).ThenBy(r => r.ImportedAt).ThenBy(r => r.Id).Select(r => (r.FrameworkId, r.Version, r.ImportedAt)).ToList();
    }

    /// <summary>
    /// Adds a new framework version from JSON; an existing version is never overwritten. With a
    /// <paramref name="publisherOrganizationId"/> the publishing organisation's own choice follows the new version (no other's does).
    /// </summary>
    public async Task<FrameworkDefinition> ImportAsync(string json, string sourceName, Guid? publisherOrganizationId, string actor, CancellationToken cancellationToken)
    {
        var definition = FrameworkParser.Parse(json, sourceName);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Frameworks.AnyAsync(f => f.FrameworkId == definition.Id && f.Version == definition.Version, cancellationToken))
        {
            throw new DomainRuleException("version",
                $"{sourceName}: framework {definition.Id} version {definition.Version} exists already; give the revision a new version so existing assessments keep theirs.",
                conflict: true);
        }
        var now = time.GetUtcNow().UtcDateTime;
        db.Frameworks.Add(new FrameworkRecord(definition.Id, definition.Version, json, now));
        if (publisherOrganizationId is { } publisher && publisher != Guid.Empty)
        {
            await ChooseAsync(db, publisher, definition, actor, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return definition;
    }

    /// <summary>Records an organisation's chosen version in <paramref name="db"/> (saved by the caller).</summary>
    internal static async Task ChooseAsync(VigilDb db, Guid organizationId, FrameworkDefinition framework, string actor, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.FrameworkChoices.FirstOrDefaultAsync(c => c.OrganizationId == organizationId, cancellationToken) is { } choice)
        {
            choice.Choose(framework, actor, now);
        }
        else
        {
            db.FrameworkChoices.Add(new FrameworkChoice(organizationId, framework, actor, now));
        }
    }

    /// <summary>The stored JSON of a version, as imported.</summary>
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

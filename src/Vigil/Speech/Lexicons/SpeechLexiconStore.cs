using Microsoft.EntityFrameworkCore;
using Vigil.Speech.Classification;
using Vigil.Storage;

namespace Vigil.Speech.Lexicons;

/// <summary>
/// The shared hate-speech lexicon in versions: the first start stores <see cref="StarterLexicon"/> as version 1; every add,
/// edit, delete or import saves a new version with a full copy of the entries (earlier versions stay exportable). After a save,
/// and whenever <see cref="RefreshAsync"/> finds a newer stored version (another instance saved), the classifier's
/// <see cref="SpeechLexiconCache"/> is replaced. Who may save is decided by the caller (admins of a publishing organisation).
/// </summary>
public sealed class SpeechLexiconStore(IDbContextFactory<VigilDb> dbFactory, SpeechLexiconCache cache, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.SpeechLexiconVersions.AnyAsync(cancellationToken))
            {
                await SaveAsync(db, 1, [.. StarterLexicon.Terms.Select(t => (Guid.NewGuid(), t))], "system", "starter lexicon", cancellationToken);
            }
        }
        await RefreshAsync(cancellationToken);
    }

    /// <summary>Loads the latest stored version into the cache when it is newer than the cached one; one small query otherwise.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.SpeechLexiconVersions.MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        if (latest > cache.Version)
        {
            var entries = await db.SpeechLexiconEntries.AsNoTracking().Where(e => e.Version == latest).ToListAsync(cancellationToken);
            cache.Replace(entries.Select(e => e.ToTerm()), latest);
        }
    }

    public async Task<IReadOnlyList<SpeechLexiconVersion>> VersionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SpeechLexiconVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
    }

    /// <summary>The entries of <paramref name="version"/> (the latest when null) in term order; null when that version does not exist.</summary>
    public async Task<(SpeechLexiconVersion Version, IReadOnlyList<SpeechLexiconEntry> Entries)?> EntriesAsync(int? version, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var saved = version is { } number
            ? await db.SpeechLexiconVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, cancellationToken)
            : await db.SpeechLexiconVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (saved is null)
        {
            return null;
        }
        var entries = await db.SpeechLexiconEntries.AsNoTracking().Where(e => e.Version == saved.Number).ToListAsync(cancellationToken);
        return (saved, [.. entries.OrderBy(e => e.Language, StringComparer.Ordinal).ThenBy(e => e.Country, StringComparer.Ordinal)
            .ThenBy(e => e.Term, StringComparer.Ordinal)]);
    }

    /// <summary>Saves a version with <paramref name="term"/> added; the new entry's id with it.</summary>
    public async Task<(SpeechLexiconVersion Version, Guid EntryId)> AddAsync(LexiconTerm term, string by, string? note, CancellationToken cancellationToken)
    {
        var entryId = Guid.NewGuid();
        var saved = await ChangeAsync(entries =>
        {
            LexiconEntryRules.Check(term);
            RefuseDuplicate(entries, term, null);
            entries.Add((entryId, term));
            return true;
        }, by, note, cancellationToken);
        return (saved!, entryId);
    }

    /// <summary>Saves a version with the entry changed; null when no entry has <paramref name="entryId"/>.</summary>
    public Task<SpeechLexiconVersion?> UpdateAsync(Guid entryId, LexiconTerm term, string by, string? note, CancellationToken cancellationToken) =>
        ChangeAsync(entries =>
        {
            var index = entries.FindIndex(e => e.EntryId == entryId);
            if (index < 0)
            {
                return false;
            }
            LexiconEntryRules.Check(term);
            RefuseDuplicate(entries, term, entryId);
            entries[index] = (entryId, term);
            return true;
        }, by, note, cancellationToken);

    /// <summary>Saves a version without the entry; null when no entry has <paramref name="entryId"/>.</summary>
    public Task<SpeechLexiconVersion?> DeleteAsync(Guid entryId, string by, string? note, CancellationToken cancellationToken) =>
        ChangeAsync(entries => entries.RemoveAll(e => e.EntryId == entryId) > 0, by, note, cancellationToken);

    /// <summary>
    /// Replaces the lexicon with the CSV's rows (the file is the whole lexicon, as export writes it): a row with the term, language
    /// and country of an existing entry keeps that entry's id. Any bad row stores nothing; the error names its line and field.
    /// </summary>
    public Task<SpeechLexiconVersion> ImportAsync(string csv, string by, string? note, CancellationToken cancellationToken)
    {
        IReadOnlyList<LexiconTerm> terms;
        try
        {
            terms = LexiconCsv.Read(csv);
        }
        catch (InvalidDataException bad)
        {
            throw new DomainRuleException("csv", bad.Message);
        }
        for (var i = 0; i < terms.Count; i++)
        {
            try
            {
                LexiconEntryRules.Check(terms[i]);
            }
            catch (DomainRuleException rule)
            {
                // Line 1 is the header; a row's line is its index + 2 (cells with line breaks are not expected in a lexicon).
                throw new DomainRuleException("csv", $"line {i + 2}: {rule.Message}");
            }
        }
        return ChangeAsync(entries =>
        {
            var ids = entries.GroupBy(e => Key(e.Term)).ToDictionary(g => g.Key, g => g.First().EntryId);
            var imported = terms.Select(t => (ids.Remove(Key(t), out var id) ? id : Guid.NewGuid(), t)).ToList();
            entries.Clear();
            entries.AddRange(imported);
            return true;
        }, by, note, cancellationToken)!;
    }

    private static (string, string, string?) Key(LexiconTerm term) => (SpeechNormalizer.Normalize(term.Term), term.Language, term.Country);

    private static void RefuseDuplicate(List<(Guid EntryId, LexiconTerm Term)> entries, LexiconTerm term, Guid? except)
    {
        if (entries.Any(e => e.EntryId != except && Key(e.Term) == Key(term)))
        {
            throw new DomainRuleException("term", $"term: '{term.Term}' is already in the lexicon for this language and country.");
        }
    }

    private async Task<SpeechLexiconVersion?> ChangeAsync(Func<List<(Guid EntryId, LexiconTerm Term)>, bool> change, string by, string? note,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.SpeechLexiconVersions.MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var rows = await db.SpeechLexiconEntries.AsNoTracking().Where(e => e.Version == latest).ToListAsync(cancellationToken);
        var entries = rows.Select(e => (e.EntryId, e.ToTerm())).ToList();
        if (!change(entries))
        {
            return null;
        }
        var saved = await SaveAsync(db, latest + 1, entries, by, note, cancellationToken);
        await RefreshAsync(cancellationToken);
        return saved;
    }

    private async Task<SpeechLexiconVersion> SaveAsync(VigilDb db, int number, List<(Guid EntryId, LexiconTerm Term)> entries, string by,
        string? note, CancellationToken cancellationToken)
    {
        var version = new SpeechLexiconVersion(number, time.GetUtcNow().UtcDateTime, by, note, entries.Count);
        db.Add(version);
        db.AddRange(entries.Select(e => new SpeechLexiconEntry(number, e.EntryId, e.Term)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two saves at once both chose this number; the later one is refused rather than silently dropping the other's change.
            throw new DomainRuleException("version", $"version {number} was saved by someone else meanwhile; reload and save again.", conflict: true);
        }
        return version;
    }
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Situations.Cases;

/// <summary>
/// Full-text search of the case library in English and Chinese, with the same answers on both providers (decision record
/// 0018). Chinese has no spaces, so a word is found as a substring: every whitespace-separated term of the query must
/// occur in the case's <see cref="PreventionCase.SearchText"/> (NFKC, lower case, like the query). SQLite answers terms of
/// three or more characters from an FTS5 trigram index; PostgreSQL answers every term with LIKE served by a pg_trgm GIN
/// index. A trigram index cannot serve a term of one or two characters (common in Chinese: 调解, 肯尼亚 has three): those
/// fall back to LIKE on the same text on SQLite too, which scans the library — small, so it stays quick.
/// </summary>
public static class CaseSearch
{
    public const int MaxQueryLength = 200;

    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>The query's terms, normalised like the indexed text; empty for a blank query.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : [.. Normalize(query.Length > MaxQueryLength ? query[..MaxQueryLength] : query)
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    /// <summary>The cases of <paramref name="db"/> whose text holds every term of <paramref name="query"/>.</summary>
    public static IQueryable<PreventionCase> Matching(VigilDb db, string? query)
    {
        var terms = Terms(query);
        IQueryable<PreventionCase> cases = db.Cases;
        if (terms.Count == 0)
        {
            return cases;
        }
        var likeTerms = terms;
        if (db.Database.IsSqlite())
        {
            var indexed = terms.Where(t => t.EnumerateRunes().Count() >= 3).ToList();
            if (indexed.Count > 0)
            {
                // An FTS5 phrase per term ("" escapes a quote inside it); terms side by side must all match.
                var match = string.Join(' ', indexed.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
                cases = db.Cases.FromSql($"SELECT * FROM cases WHERE \"Id\" IN (SELECT case_id FROM case_search WHERE case_search MATCH {match})");
            }
            likeTerms = [.. terms.Except(indexed)];
        }
        foreach (var term in likeTerms)
        {
            var pattern = "%" + EscapeLike(term) + "%";
            cases = cases.Where(c => EF.Functions.Like(c.SearchText, pattern, "\\"));
        }
        return cases;
    }

    /// <summary>The same rule in memory: what both providers must answer (the parity test's reference).</summary>
    public static bool Matches(PreventionCase c, string? query) =>
        Terms(query).All(t => c.SearchText.Contains(t, StringComparison.Ordinal));

    private static string EscapeLike(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

}

using Vigil.Security;
using Vigil.Situations.Cases;
using Vigil.Tests.Events;

namespace Vigil.Tests.Situations;

/// <summary>
/// Search of the case library in English and Chinese: every term a substring of the case's text, answered from the FTS5
/// trigram index on SQLite and the pg_trgm index on PostgreSQL, with a LIKE fallback for terms under three characters — the
/// same cases on both providers, and the same as the rule applied in memory.
/// </summary>
public sealed class CaseSearchTests
{
    /// <summary>English and Chinese words, substrings inside a Chinese word, terms of one and two characters, case, LIKE's wildcards and FTS5's quote.</summary>
    public static readonly string[] Queries =
    [
        "mediation", "ECOWAS", "ecowas gambia", "Kenya 2013", "peace", "un", "a", "肯尼亚", "调解", "西非", "经济共同", "西非国家经济共同体",
        "冈比亚 调解", "联合国", "安", "卢旺达 种族灭绝", "Côte", "côte d'ivoire", "%", "_", "\"", "100%", "no-such-word", "不存在的词",
    ];

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Search_EnglishAndChineseQueries_SameCasesAsTheRuleInMemory(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await CaseStore.RecordAsync(store, ExampleCases.Embedded().Cases);
        var all = await CaseStore.AllAsync(store);

        foreach (var query in Queries)
        {
            var expected = all.Where(c => CaseSearch.Matches(c, query)).Select(c => c.Id).Order().ToList();
            var found = (await CaseStore.SearchAsync(store, Viewer.System, query)).Select(c => c.Id).Order().ToList();
            Assert.True(expected.SequenceEqual(found), $"{provider} '{query}': expected {expected.Count} cases, found {found.Count}");
        }
    }

    [Fact]
    public async Task Search_SameQueriesOnSqliteAndPostgres_SameCases()
    {
        await using var postgres = await EventStore.OpenAsync(EventStore.Postgres);
        await using var sqlite = await EventStore.OpenAsync(EventStore.Sqlite);
        await CaseStore.RecordAsync(sqlite, ExampleCases.Embedded().Cases);
        await CaseStore.RecordAsync(postgres, ExampleCases.Embedded().Cases);
        var differences = new List<string>();
        var hits = 0;

        foreach (var query in Queries)
        {
            var onSqlite = (await CaseStore.SearchAsync(sqlite, Viewer.System, query)).Select(c => c.Id).Order().ToList();
            var onPostgres = (await CaseStore.SearchAsync(postgres, Viewer.System, query)).Select(c => c.Id).Order().ToList();
            hits += onSqlite.Count;
            if (!onSqlite.SequenceEqual(onPostgres))
            {
                differences.Add($"'{query}': SQLite {onSqlite.Count}, PostgreSQL {onPostgres.Count}");
            }
        }

        Assert.Empty(differences);
        Assert.True(hits > 0);
    }

    [Theory]
    [MemberData(nameof(EventStore.Providers), MemberType = typeof(EventStore))]
    public async Task Search_ChineseWordsWithoutSpaces_FindTheCasesThatHoldThem(string provider)
    {
        await using var store = await EventStore.OpenAsync(provider);
        await CaseStore.RecordAsync(store, ExampleCases.Embedded().Cases);

        async Task<List<string>> Countries(string q) => [.. (await CaseStore.SearchAsync(store, Viewer.System, q)).Select(c => c.CountryIso3).Distinct().Order()];

        // Three or more characters (the trigram index), inside longer words ("西非国家经济共同体", ECOWAS, holds "西非国家经济").
        Assert.Equal(["CIV", "GIN", "GMB"], await Countries("西非国家经济"));
        Assert.Equal(["GMB"], await Countries("冈比亚"));
        // Two characters (the fallback): 调解 "mediation" appears in several cases' Chinese text.
        var mediation = await Countries("调解");
        Assert.Contains("GMB", mediation);
        Assert.Contains("KEN", mediation);
        Assert.Equal(["GMB"], await Countries("冈比亚 调解"));
        // English, any case; a term that occurs nowhere leaves nothing.
        Assert.Equal(await Countries("ecowas"), await Countries("ECOWAS"));
        Assert.Empty(await Countries("ecowas 不存在的词"));
    }

    [Fact]
    public void Terms_QueryWithSpacesAndCase_LowerCaseTermsNormalised()
    {
        Assert.Equal(["ecowas", "冈比亚"], CaseSearch.Terms("  ECOWAS　冈比亚 ecowas "));
        Assert.Equal(["abc"], CaseSearch.Terms("ＡＢＣ"));
        Assert.Empty(CaseSearch.Terms("   "));
    }
}

using System.Globalization;
using System.Text;
using F23.StringSimilarity;
using Vigil.Security;

namespace Vigil.Actors;

/// <summary>
/// Suggests merges within a country by name similarity, for an analyst to accept or not: never merged automatically. Names are
/// compared without the dates sources add to tell successive groups apart (ACLED's "(2016-)"), case, accents and
/// punctuation; only entries of the same kind are paired, by Jaro–Winkler similarity (F23.StringSimilarity, a port of java-string-similarity), which rewards a shared
/// beginning: "Military Forces of Ethiopia" and "Military Forces of Ethiopia (1991-2018)" are the same name once normalised.
/// </summary>
public sealed partial class MergeSuggestions(ActorQueries queries)
{
    public const double Threshold = 0.92;
    public const int Shown = 30;

    private static readonly JaroWinkler Similarity = new();

    public async Task<IReadOnlyList<MergeSuggestion>> ForCountryAsync(Viewer viewer, ActorQuery query, CancellationToken cancellationToken)
    {
        var rows = await queries.ListAsync(viewer, query with { Search = null, Kind = null }, cancellationToken);
        var names = rows.Select(r => Normalised(r.Actor.Name)).ToList();
        var suggestions = new List<MergeSuggestion>();
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                if (rows[i].Actor.OrganizationId != rows[j].Actor.OrganizationId || rows[i].Actor.Kind != rows[j].Actor.Kind
                    || names[i].Length == 0 || names[j].Length == 0)
                {
                    continue;
                }
                var similarity = Similarity.Similarity(names[i], names[j]);
                if (similarity >= Threshold)
                {
                    suggestions.Add(new MergeSuggestion(rows[i], rows[j], Math.Round(similarity, 3)));
                }
            }
        }
        return suggestions.OrderByDescending(s => s.Similarity).Take(Shown).ToList();
    }

    /// <summary>
    /// The name in lower case without accents and punctuation, and without parenthesised dates ("(2016-)", "(1977-1999)": ACLED's
    /// way of telling successive governments' forces apart). A parenthesised country stays: "Protesters (Djibouti)" and
    /// "Protesters (Ethiopia)" are different actors.
    /// </summary>
    public static string Normalised(string name)
    {
        var dated = DatedParentheses().Replace(name, " ");
        var text = new StringBuilder();
        foreach (var ch in dated.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                text.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
            }
        }
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^()]*\d[^()]*\)")]
    private static partial System.Text.RegularExpressions.Regex DatedParentheses();
}

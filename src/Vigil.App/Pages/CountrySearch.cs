using System.Globalization;
using System.Text;
using Vigil.Countries;

namespace Vigil.App.Pages;

/// <summary>Finds countries by English or Chinese name, alias or ISO3, ignoring case, accents and punctuation.</summary>
public static class CountrySearch
{
    public static IEnumerable<Country> Filter(IEnumerable<Country> countries, string? query)
    {
        var key = Key(query ?? "");
        if (key.Length == 0)
        {
            return countries;
        }
        var code = query!.Trim();
        return countries
            .Select(c => (Country: c, Rank: Rank(c, code, key)))
            .Where(x => x.Rank > 0)
            .OrderByDescending(x => x.Rank)
            .Select(x => x.Country);
    }

    private static int Rank(Country country, string code, string key)
    {
        if (country.Iso3.Equals(code, StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }
        var names = country.Aliases.Append(country.Name.En).Append(country.Name.Zh).Select(Key).ToList();
        if (names.Any(n => n.StartsWith(key, StringComparison.Ordinal)))
        {
            return 2;
        }
        return names.Any(n => n.Contains(key, StringComparison.Ordinal)) ? 1 : 0;
    }

    private static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (char.IsLetterOrDigit(ch) && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToLowerInvariant(ch));
            }
        }
        return key.ToString();
    }
}

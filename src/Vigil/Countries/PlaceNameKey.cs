using System.Globalization;
using System.Text;

namespace Vigil.Countries;

/// <summary>
/// A place name folded for comparison across data sets: lower case, accents, spaces and punctuation dropped, so
/// "Côte d’Ivoire" and "Cote d'Ivoire", or "Al Fashir" and "al-Fāshir", have one key.
/// </summary>
public static class PlaceNameKey
{
    public static string Of(string name)
    {
        // Case, accents and punctuation differ between data sets ("Cote d'Ivoire", "Côte d’Ivoire").
        var decomposed = name.Normalize(NormalizationForm.FormD);
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

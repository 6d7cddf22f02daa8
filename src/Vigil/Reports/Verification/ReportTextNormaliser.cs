using System.Globalization;
using System.Text;

namespace Vigil.Reports.Verification;

/// <summary>
/// Brings two retellings of one incident to the same characters before shingling: compatibility form (full-width
/// letters and digits become their ASCII forms, so a report typed on a Chinese keyboard matches one typed on a phone's
/// Latin one), lower case, punctuation and symbols (Latin, CJK "，。", Ethiopic "፡ ።") as spaces, runs of white space
/// as one space. Scripts without spaces between words (Chinese) keep their characters side by side.
/// </summary>
public static class ReportTextNormaliser
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var folded = text.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(folded.Length);
        var space = false;
        foreach (var rune in folded.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var blank = Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || Rune.IsControl(rune)
                || category is UnicodeCategory.Format;
            if (blank)
            {
                space = result.Length > 0;
                continue;
            }
            if (space)
            {
                result.Append(' ');
                space = false;
            }
            result.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return result.ToString();
    }
}

using System.Globalization;
using System.Text.Json.Serialization;

namespace Vigil;

/// <summary>
/// Reference data in the two languages of its data files (a country's name, the Framework's wording), English and
/// Simplified Chinese. Texts Vigil writes itself live in resource files instead (docs/decisions/0015).
/// </summary>
public sealed record LocalizedText(string En, string Zh)
{
    public string In(CultureInfo culture) =>
        IsChinese(culture) && !string.IsNullOrWhiteSpace(Zh) ? Zh : En;

    [JsonIgnore]
    public string Current => In(CultureInfo.CurrentUICulture);

    /// <summary>The language of <see cref="Other"/>: English on a Chinese page, Chinese on any other.</summary>
    [JsonIgnore]
    public string OtherLanguage => IsChinese(CultureInfo.CurrentUICulture) ? "en" : "zh-Hans";

    /// <summary>The text in the data's other language, shown beside <see cref="Current"/> (a name people look up in both).</summary>
    [JsonIgnore]
    public string Other => IsChinese(CultureInfo.CurrentUICulture) ? En : Zh;

    public override string ToString() => En;

    private static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";
}

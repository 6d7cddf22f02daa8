using System.Globalization;
using System.Text.Json.Serialization;

namespace Vigil;

/// <summary>A text in the two UI languages, English and Simplified Chinese.</summary>
public sealed record LocalizedText(string En, string Zh)
{
    public string In(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" && !string.IsNullOrWhiteSpace(Zh) ? Zh : En;

    [JsonIgnore]
    public string Current => In(CultureInfo.CurrentUICulture);

    public override string ToString() => En;
}

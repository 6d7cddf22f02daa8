using System.Globalization;
using System.Resources;

namespace Vigil;

/// <summary>
/// A text of a feature's resource file (its typed class's <c>ResourceManager</c> and a key taken with <c>nameof</c>)
/// with its {0} arguments, kept unformatted so each reader picks a language: English for the API, the CLI and logs,
/// the page's language for a person.
/// </summary>
public sealed class ResourceText(ResourceManager texts, string key, params object?[] args)
{
    private static readonly CultureInfo Neutral = CultureInfo.GetCultureInfo("en");

    public string In(CultureInfo culture) =>
        string.Format(culture, texts.GetString(key, culture) ?? throw new MissingManifestResourceException($"No text '{key}' in {texts.BaseName}."), args);

    public string English => In(Neutral);

    public string Current => In(CultureInfo.CurrentUICulture);

    public override string ToString() => English;
}

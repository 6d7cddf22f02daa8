using System.Globalization;

namespace Vigil;

/// <summary>Fills a translated text's {0} placeholders the way the current UI language writes numbers and dates.</summary>
public static class Localized
{
    public static string Format(string template, params object?[] args) => string.Format(CultureInfo.CurrentCulture, template, args);
}

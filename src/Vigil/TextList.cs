using System.Globalization;

namespace Vigil;

/// <summary>
/// A list as an argument of a <see cref="ResourceText"/>, joined the way the reader's language joins one
/// ("admin, analyst" in English, "admin、analyst" in Chinese) when the text is formatted in that language.
/// </summary>
public sealed class TextList(IEnumerable<string> items) : IFormattable
{
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.Join(VigilText.ResourceManager.GetString(nameof(VigilText.ListSeparator), formatProvider as CultureInfo ?? CultureInfo.CurrentUICulture), items);

    public override string ToString() => ToString(null, CultureInfo.CurrentUICulture);
}

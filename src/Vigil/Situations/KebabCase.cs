using System.Text;

namespace Vigil.Situations;

/// <summary>
/// The words of the situation interfaces are kebab-case (<c>early-warning</c>, <c>womens-group</c>), as the issue's
/// interfaces name them; the enums are PascalCase. One conversion both ways, so the API, the CLI and the pages agree.
/// </summary>
public static class KebabCase
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    /// <summary>Null for empty input; a clear error naming the field and the allowed words for anything else unknown.</summary>
    public static T? Parse<T>(string? value, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var key = value.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse<T>(key, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(key, out _)
            ? parsed
            : throw new DomainRuleException(field, $"{field}: '{value}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(Of))}.");
    }

    public static T Required<T>(string? value, string field) where T : struct, Enum =>
        Parse<T>(value, field) ?? throw new DomainRuleException(field, $"{field} is required: one of {string.Join(", ", Enum.GetValues<T>().Select(Of))}.");
}

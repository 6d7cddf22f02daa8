namespace Vigil.Events.Import;

/// <summary>How a layout writes an empty value: nothing, R's NA (ACLED API) or SQL's NULL (GDELT exports).</summary>
internal static class MissingValues
{
    public static bool IsMissing(ReadOnlySpan<char> value, bool naIsMissing) =>
        value.IsEmpty || value.SequenceEqual("NULL") || (naIsMissing && value.SequenceEqual("NA"));
}

namespace Vigil.App.Pages.Shared;

/// <summary>
/// A text that may be long (an event's note, a value in the audit log), for <c>_LongText.cshtml</c>: beyond
/// <see cref="ClampedLength"/> characters it shows its first lines and opens to the whole text. <see cref="Code"/> marks a
/// stored value (shown as code).
/// </summary>
public sealed record LongText(string Text, bool Code = false)
{
    public const int ClampedLength = 160;

    public bool IsLong => Text.Length > ClampedLength;
}

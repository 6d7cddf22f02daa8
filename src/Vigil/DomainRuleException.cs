namespace Vigil;

/// <summary>
/// A request broke a business rule. <see cref="Field"/> names the input at fault so the
/// API can answer 400 with the field and the CLI can name it on the terminal. The message is
/// English (<see cref="Exception.Message"/>: API, CLI, logs); rules a person meets in the web pages
/// carry their text in the feature's resource file (<see cref="Text"/>), which pages show in the page's language.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string field, string message, bool conflict = false)
        : base(message)
    {
        Field = field;
        Conflict = conflict;
    }

    public DomainRuleException(string field, ResourceText text, bool conflict = false)
        : base(text.English)
    {
        Field = field;
        Text = text;
        Conflict = conflict;
    }

    /// <summary>
    /// Rules still written as an English/Chinese pair in AssessmentEditing and AccountAdministration, until those
    /// move into one class per use case and their texts into the features' resource files.
    /// </summary>
    public DomainRuleException(string field, LocalizedText message, bool conflict = false)
        : base(message.En)
    {
        Field = field;
        Pair = message;
        Conflict = conflict;
    }

    public string Field { get; }

    /// <summary>The rule's text in the resource file, with its arguments; null for an English-only rule.</summary>
    public ResourceText? Text { get; }

    private LocalizedText? Pair { get; }

    /// <summary>The message in the page's language (English when the rule has no translation).</summary>
    public string CurrentMessage => Text?.Current ?? Pair?.Current ?? Message;

    /// <summary>True when the request is well-formed but the record's state forbids it (HTTP 409).</summary>
    public bool Conflict { get; }
}

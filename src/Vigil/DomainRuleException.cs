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
        : this(field, message, null, conflict)
    {
    }

    public DomainRuleException(string field, ResourceText text, bool conflict = false)
        : this(field, text.English, text, conflict)
    {
    }

    private DomainRuleException(string field, string message, ResourceText? text, bool conflict)
        : base(message)
    {
        Field = field;
        Text = text;
        Conflict = conflict;
    }

    public string Field { get; }

    /// <summary>The rule's text in the resource file, with its arguments; null for an English-only rule.</summary>
    public ResourceText? Text { get; }

    /// <summary>The message in the page's language (English when the rule has no translation).</summary>
    public string CurrentMessage => Text?.Current ?? Message;

    /// <summary>True when the request is well-formed but the record's state forbids it (HTTP 409).</summary>
    public bool Conflict { get; }

    /// <summary>The same rule with its text, named on another input (a row of a section: "rows[7.9].severity").</summary>
    public DomainRuleException On(string field) => new(field, Message, Text, Conflict);
}

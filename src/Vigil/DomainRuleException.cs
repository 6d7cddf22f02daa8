namespace Vigil;

/// <summary>
/// A request broke a business rule. <see cref="Field"/> names the input at fault so the
/// API can answer 400 with the field and the CLI can name it on the terminal. The message is
/// English (<see cref="Exception.Message"/>: API, CLI, logs); rules a person meets in the web pages
/// also carry the Chinese wording in <see cref="Text"/>, written beside the rule itself.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string field, string message, bool conflict = false)
        : this(field, new LocalizedText(message, ""), conflict)
    {
    }

    public DomainRuleException(string field, LocalizedText message, bool conflict = false)
        : base(message.En)
    {
        Field = field;
        Text = message;
        Conflict = conflict;
    }

    public string Field { get; }

    /// <summary>The message in English and, where written, Chinese; pages show <c>Text.Current</c>.</summary>
    public LocalizedText Text { get; }

    /// <summary>True when the request is well-formed but the record's state forbids it (HTTP 409).</summary>
    public bool Conflict { get; }
}

namespace Vigil;

/// <summary>
/// A request broke a business rule. <see cref="Field"/> names the input at fault so the
/// API can answer 400 with the field and the CLI can name it on the terminal.
/// </summary>
public sealed class DomainRuleException(string field, string message, bool conflict = false) : Exception(message)
{
    public string Field { get; } = field;

    /// <summary>True when the request is well-formed but the record's state forbids it (HTTP 409).</summary>
    public bool Conflict { get; } = conflict;
}

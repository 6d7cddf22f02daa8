namespace Vigil.Reports.Verification;

/// <summary>
/// A record that tells of the same incident as the report: another report (<see cref="Target"/> its id) or a data set's
/// event (<see cref="Target"/> "source:id", e.g. "acled:CAF12345", so a re-import that renumbers Vigil's rows keeps the link).
/// </summary>
public sealed class ReportCorroboration
{
    public const int TargetMaxLength = 120;
    public const int NoteMaxLength = 1000;

    private ReportCorroboration()
    {
    }

    internal ReportCorroboration(Guid reportId, CorroborationKind kind, string target, string? note, string by, DateTime at)
    {
        if (note?.Trim().Length > NoteMaxLength)
        {
            throw new DomainRuleException("note", $"note: longer than {NoteMaxLength} characters.");
        }
        Id = Guid.NewGuid();
        ReportId = reportId;
        Kind = kind;
        Target = target;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public CorroborationKind Kind { get; private set; }
    public string Target { get; private set; } = "";
    public string? Note { get; private set; }
    public string By { get; private set; } = "";
    public DateTime At { get; private set; }
}

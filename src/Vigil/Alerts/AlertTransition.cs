using Vigil.Security;

namespace Vigil.Alerts;

/// <summary>
/// One dated, attributed step of an alert's lifecycle (or a merge of a new signal). The step itself — its statuses,
/// date and author — is seen by everyone who sees the alert; its free-text <see cref="Note"/> may carry a source or a
/// planned démarche, so it is owned by the author's organisation and read through <see cref="Viewer.CanSee"/> like
/// any other record (README, Security).
/// </summary>
public sealed class AlertTransition
{
    /// <summary>The author of the steps Vigil takes itself (raising an alert, merging a signal).</summary>
    public const string SystemAuthor = "system";

    /// <summary>
    /// Internal, as for assessments (<c>AssessmentRequests</c>, README): a note is analytical work, so by default the
    /// author's organisation and the organisations it shares with read it, and nobody else until the author chooses
    /// Public. Restricted and Confidential narrow it further.
    /// </summary>
    public const Classification DefaultNoteClassification = Classification.Internal;

    private AlertTransition()
    {
    }

    public long Id { get; private set; }
    public Guid AlertId { get; private set; }
    public AlertStatus From { get; private set; }
    public AlertStatus To { get; private set; }
    public DateTime At { get; private set; }
    public string By { get; private set; } = "";
    public string? Note { get; private set; }

    /// <summary>The author's organisation, which owns the note; null for system steps and steps taken from the command line.</summary>
    public Guid? OrganizationId { get; private set; }

    /// <summary>Who may read <see cref="Note"/>; system notes (from public event data) are Public.</summary>
    public Classification NoteClassification { get; private set; }

    public bool IsSystem => By == SystemAuthor;

    /// <summary>True when there is a note and this viewer may not read it: show the step, not the text.</summary>
    public bool NoteHiddenFrom(Viewer viewer) => Note is not null && !viewer.CanSee(OrganizationId, NoteClassification);

    /// <summary>The note if this viewer may read it, otherwise null.</summary>
    public string? NoteFor(Viewer viewer) => NoteHiddenFrom(viewer) ? null : Note;

    /// <summary>
    /// The note as it may leave Vigil (webhooks, digests): only a Public note, because a receiver outside Vigil is
    /// nobody's organisation and its readers are unknown.
    /// </summary>
    public string? PublicNote => NoteClassification == Classification.Public ? Note : null;

    internal static AlertTransition System(Guid alertId, AlertStatus from, AlertStatus to, DateTime at, string note) =>
        new() { AlertId = alertId, From = from, To = to, At = at, By = SystemAuthor, Note = note, NoteClassification = Classification.Public };

    internal static AlertTransition Of(Guid alertId, AlertStatus from, AlertStatus to, DateTime at, string by, string? note,
        Guid? organizationId, Classification noteClassification) =>
        new()
        {
            AlertId = alertId, From = from, To = to, At = at, By = by, Note = note,
            OrganizationId = organizationId, NoteClassification = noteClassification,
        };
}

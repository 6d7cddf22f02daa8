using Vigil.Countries;
using Vigil.Security;

namespace Vigil.Alerts;

/// <summary>
/// A warning a person must look at: raised by a rule from a signal; later signals for the same rule and
/// place merge into it while it is open. Its lifecycle moves forward only, each step dated and attributed.
/// </summary>
public sealed class Alert
{
    private readonly List<AlertTransition> _history = [];
    private readonly List<AlertSignal> _signals = [];

    private Alert()
    {
    }

    public Guid Id { get; private set; }
    public Guid RuleId { get; private set; }
    public string CountryIso3 { get; private set; } = "";
    public string Admin1 { get; private set; } = "";
    public string Title { get; private set; } = "";
    public SignalSeverity Severity { get; private set; }
    public AlertStatus Status { get; private set; }
    public DateOnly FirstPeriod { get; private set; }
    public DateOnly LastPeriod { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>"Central African Republic / Ouham": the country's name in <paramref name="culture"/> (ISO3 if unknown), then the admin-1.</summary>
    public string PlaceName(CountryCatalog countries, System.Globalization.CultureInfo culture)
    {
        var country = countries.Find(CountryIso3)?.Name.In(culture) ?? CountryIso3;
        return Admin1.Length == 0 ? country : country + " / " + Admin1;
    }
    public IReadOnlyList<AlertTransition> History => _history;
    public IReadOnlyList<AlertSignal> Signals => _signals;

    public bool IsOpen => Status != AlertStatus.Closed;

    public static Alert Raise(AlertRule rule, Signal signal, DateTime now)
    {
        var alert = new Alert
        {
            Id = Guid.NewGuid(),
            RuleId = rule.Id,
            CountryIso3 = signal.CountryIso3,
            Admin1 = signal.Admin1,
            Title = $"{rule.Name}: {signal.CountryIso3}{(signal.Admin1.Length > 0 ? " / " + signal.Admin1 : "")}",
            Severity = signal.Severity,
            Status = AlertStatus.New,
            FirstPeriod = signal.Period,
            LastPeriod = signal.Period,
            CreatedAt = now,
            UpdatedAt = now,
        };
        alert._signals.Add(new AlertSignal(alert.Id, signal.Id));
        alert._history.Add(AlertTransition.System(alert.Id, AlertStatus.New, AlertStatus.New, now, $"raised by signal {signal.Measure} {signal.Period:yyyy-MM}"));
        return alert;
    }

    /// <summary>Adds a further signal to this open alert instead of raising a duplicate.</summary>
    public void Merge(Signal signal, DateTime now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("status", "A closed alert takes no more signals; a new alert is raised instead.", conflict: true);
        }
        if (_signals.Any(s => s.SignalId == signal.Id))
        {
            return;
        }
        _signals.Add(new AlertSignal(Id, signal.Id));
        Severity = signal.Severity > Severity ? signal.Severity : Severity;
        FirstPeriod = signal.Period < FirstPeriod ? signal.Period : FirstPeriod;
        LastPeriod = signal.Period > LastPeriod ? signal.Period : LastPeriod;
        UpdatedAt = now;
        _history.Add(AlertTransition.System(Id, Status, Status, now, $"merged signal {signal.Measure} {signal.Period:yyyy-MM}"));
    }

    public const int NoteMaxLength = 2000;

    // A step is taken by a person of an organisation (null: the command line, acting as the system); the note
    // belongs to that organisation and is read by the classification's rule (AlertTransition).
    public void Acknowledge(DateTime now, string by, string? note = null, Guid? authorOrganization = null,
        Classification noteClassification = AlertTransition.DefaultNoteClassification) =>
        MoveTo(AlertStatus.Acknowledged, now, by, note, authorOrganization, noteClassification);

    public void Escalate(DateTime now, string by, string? note = null, Guid? authorOrganization = null,
        Classification noteClassification = AlertTransition.DefaultNoteClassification) =>
        MoveTo(AlertStatus.Escalated, now, by, note, authorOrganization, noteClassification);

    public void MarkActioned(DateTime now, string by, string? note = null, Guid? authorOrganization = null,
        Classification noteClassification = AlertTransition.DefaultNoteClassification) =>
        MoveTo(AlertStatus.Actioned, now, by, note, authorOrganization, noteClassification);

    public void Close(DateTime now, string by, string? note = null, Guid? authorOrganization = null,
        Classification noteClassification = AlertTransition.DefaultNoteClassification) =>
        MoveTo(AlertStatus.Closed, now, by, note, authorOrganization, noteClassification);

    private void MoveTo(AlertStatus next, DateTime now, string by, string? note, Guid? authorOrganization, Classification noteClassification)
    {
        if (next <= Status)
        {
            throw new DomainRuleException("status", $"An alert that is {Status.ToString().ToLowerInvariant()} cannot become {next.ToString().ToLowerInvariant()}.", conflict: true);
        }
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > NoteMaxLength })
        {
            throw new DomainRuleException("note", $"note: at most {NoteMaxLength} characters ({note.Length} given).");
        }
        if (!Enum.IsDefined(noteClassification))
        {
            throw new DomainRuleException("noteClassification", $"noteClassification: {(int)noteClassification} is not a classification.");
        }
        _history.Add(AlertTransition.Of(Id, Status, next, now, by, note, authorOrganization, noteClassification));
        Status = next;
        UpdatedAt = now;
    }
}

using Vigil.Security;

namespace Vigil.Situations;

/// <summary>
/// A situation of concern: a country (and optionally some admin-1 areas) that someone owns, watches and acts on. Its status is
/// the latest of its dated changes (a back-dated change takes its place in time); closing needs an outcome.
/// </summary>
public sealed class Situation
{
    public const int SummaryMaxLength = 4000;
    public const int ReasonMaxLength = 2000;

    private readonly List<SituationStatusChange> _changes = [];
    private readonly List<SituationTrendMark> _trends = [];
    private readonly List<SituationLink> _links = [];
    private readonly List<SituationReview> _reviews = [];
    private readonly List<PreventionAction> _actions = [];

    private Situation()
    {
    }

    public Guid Id { get; private set; }
    public string CountryIso3 { get; private set; } = "";

    /// <summary>Admin-1 areas, separated by semicolons; empty for the whole country.</summary>
    public string Areas { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? Summary { get; private set; }
    public string Owner { get; private set; } = "";
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }
    public DateOnly? ReviewDue { get; private set; }
    public SituationStatus Status { get; private set; }
    public SituationOutcome? Outcome { get; private set; }

    /// <summary>The actor designated to lead the response (para 29); null shows as "no lead".</summary>
    public string? Lead { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<SituationStatusChange> Changes => _changes;
    public IReadOnlyList<SituationTrendMark> Trends => _trends;
    public IReadOnlyList<SituationLink> Links => _links;
    public IReadOnlyList<SituationReview> Reviews => _reviews;
    public IReadOnlyList<PreventionAction> Actions => _actions;

    public bool IsOpen => Status != SituationStatus.Closed;

    public IReadOnlyList<string> AreaList => Areas.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Open and its review date passed.</summary>
    public bool IsReviewOverdue(DateOnly today) => IsOpen && ReviewDue is { } due && due < today;

    /// <summary>
    /// The status changes in the order they happened (ties: the order they were recorded). The opening comes first even when a
    /// later-recorded change is dated before it: a situation recognised late may record that the warning came earlier.
    /// </summary>
    public IReadOnlyList<SituationStatusChange> History =>
        [.. _changes.OrderBy(c => c.From is null ? 0 : 1).ThenBy(c => c.At).ThenBy(c => c.RecordedAt)];

    /// <summary>The latest month's trend, or null when none was marked.</summary>
    public SituationTrend? LatestTrend => _trends.OrderByDescending(t => t.Month).Select(t => (SituationTrend?)t.Trend).FirstOrDefault();

    public static Situation Open(string countryIso3, IEnumerable<string> areas, string title, string? summary, string owner, Guid? organizationId,
        Classification classification, DateOnly? reviewDue, string reason, DateTime now)
    {
        if (!Enum.IsDefined(classification))
        {
            throw new DomainRuleException("classification", $"classification: {(int)classification} is not a classification.");
        }
        var situation = new Situation
        {
            Id = Guid.NewGuid(),
            CountryIso3 = Required(countryIso3, "countryIso3", 3).ToUpperInvariant(),
            Title = Required(title, "title", 300),
            Summary = Optional(summary, "summary", SummaryMaxLength),
            Owner = Required(owner, "owner", 200),
            OrganizationId = organizationId,
            Classification = classification,
            ReviewDue = reviewDue,
            Status = SituationStatus.Watch,
            OpenedAt = now,
            UpdatedAt = now,
        };
        situation.SetAreas(areas);
        situation._changes.Add(new SituationStatusChange(situation.Id, null, SituationStatus.Watch, now, now, situation.Owner, Required(reason, "reason", ReasonMaxLength), null));
        return situation;
    }

    public void Describe(string title, string? summary, IEnumerable<string> areas, DateOnly? reviewDue, string? lead, DateTime now)
    {
        Title = Required(title, "title", 300);
        Summary = Optional(summary, "summary", SummaryMaxLength);
        SetAreas(areas);
        ReviewDue = reviewDue;
        Lead = Optional(lead, "lead", 200);
        UpdatedAt = now;
    }

    /// <summary>
    /// Records a status change that happened at <paramref name="at"/> (not after <paramref name="now"/>), with its reason; a change to
    /// <see cref="SituationStatus.Closed"/> needs an outcome. The status becomes that of the latest change in time.
    /// </summary>
    public SituationStatusChange ChangeStatus(SituationStatus to, string reason, DateTime at, string by, SituationOutcome? outcome, DateTime now)
    {
        if (!Enum.IsDefined(to))
        {
            throw new DomainRuleException("status", $"status: {(int)to} is not a status.");
        }
        reason = Required(reason, "reason", ReasonMaxLength);
        if (at > now)
        {
            throw new DomainRuleException("at", $"at: {at:yyyy-MM-dd HH:mm} is in the future; a change is recorded when it has happened (back-dating is allowed).");
        }
        if (at < OpenedAt.Date.AddYears(-5))
        {
            throw new DomainRuleException("at", $"at: {at:yyyy-MM-dd} is more than five years before the situation was opened.");
        }
        if (to == SituationStatus.Closed && outcome is null)
        {
            throw new DomainRuleException("outcome", "outcome is required to close a situation: averted, limited, not-prevented or unclear.");
        }
        if (to != SituationStatus.Closed && outcome is not null)
        {
            throw new DomainRuleException("outcome", "outcome is given only when closing a situation.");
        }
        var before = StatusAt(at) ?? SituationStatus.Watch;
        if (before == to)
        {
            throw new DomainRuleException("status", $"status: the situation was already {KebabCase.Of(to)} at {at:yyyy-MM-dd HH:mm}.", conflict: true);
        }
        var change = new SituationStatusChange(Id, before, to, at, now, by, reason, outcome);
        _changes.Add(change);
        var latest = History[^1];
        Status = latest.To;
        Outcome = latest.To == SituationStatus.Closed ? latest.Outcome : null;
        UpdatedAt = now;
        return change;
    }

    /// <summary>The status in effect just before <paramref name="at"/> by the changes recorded so far (null before the first).</summary>
    public SituationStatus? StatusAt(DateTime at) => History.LastOrDefault(c => c.From is null || c.At <= at)?.To;

    public void MarkTrend(DateOnly month, SituationTrend trend, string by, string? note, DateTime now)
    {
        if (!Enum.IsDefined(trend))
        {
            throw new DomainRuleException("trend", $"trend: {(int)trend} is not a trend.");
        }
        month = new DateOnly(month.Year, month.Month, 1);
        if (month > DateOnly.FromDateTime(now))
        {
            throw new DomainRuleException("month", $"month: {month:yyyy-MM} has not begun yet.");
        }
        note = Optional(note, "note", ReasonMaxLength);
        var existing = _trends.FirstOrDefault(t => t.Month == month);
        if (existing is null)
        {
            _trends.Add(new SituationTrendMark(Id, month, trend, by, note, now));
        }
        else
        {
            existing.Mark(trend, by, note, now);
        }
        UpdatedAt = now;
    }

    /// <summary>Links a record once (a second link to the same record is ignored); <paramref name="warnedAt"/> is when it warned.</summary>
    public SituationLink? Link(LinkKind kind, Guid targetId, DateTime warnedAt, string by, bool automatic, DateTime now)
    {
        if (_links.Any(l => l.Kind == kind && l.TargetId == targetId))
        {
            return null;
        }
        var link = new SituationLink(Id, kind, targetId, warnedAt, now, by, automatic);
        _links.Add(link);
        UpdatedAt = now;
        return link;
    }

    /// <summary>Whether an alert of this place (country, and admin-1 when the situation names areas) concerns this situation.</summary>
    public bool Covers(string countryIso3, string admin1) =>
        string.Equals(countryIso3, CountryIso3, StringComparison.OrdinalIgnoreCase)
        && (AreaList.Count == 0 || AreaList.Contains(admin1.Trim(), StringComparer.OrdinalIgnoreCase));

    public SituationReview AddReview(string whatChanged, string decision, DateOnly? nextReview, string by, DateTime now)
    {
        if (nextReview is { } next && next <= DateOnly.FromDateTime(now))
        {
            throw new DomainRuleException("nextReview", $"nextReview: {next:yyyy-MM-dd} is not after today.");
        }
        var review = new SituationReview(Id, now, by, Required(whatChanged, "whatChanged", ReasonMaxLength), Required(decision, "decision", ReasonMaxLength), nextReview);
        _reviews.Add(review);
        ReviewDue = nextReview ?? ReviewDue;
        UpdatedAt = now;
        return review;
    }

    public PreventionAction AddAction(ActionDetails details, IEnumerable<CommitmentDetails> commitments, string by, DateTime now)
    {
        if (!Enum.IsDefined(details.ActorKind) || (details.Stance is { } s && !Enum.IsDefined(s)) || !Enum.IsDefined(details.Status))
        {
            throw new DomainRuleException("actorKind", "actorKind, stance and status must be among the listed words.");
        }
        if (details.Date > DateOnly.FromDateTime(now) && details.Status is ActionStatus.Done or ActionStatus.UnderWay)
        {
            throw new DomainRuleException("date", $"date: {details.Date:yyyy-MM-dd} is in the future; an action not yet taken is planned.");
        }
        var action = new PreventionAction(Id, details, by, now);
        var index = 0;
        foreach (var commitment in commitments)
        {
            try
            {
                action.AddCommitment(commitment);
            }
            catch (DomainRuleException e)
            {
                throw e.On(e.Field.Replace("commitments.", $"commitments[{index}].", StringComparison.Ordinal));
            }
            index++;
        }
        _actions.Add(action);
        UpdatedAt = now;
        return action;
    }

    internal static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException(field, $"{field} is required.");
        }
        return Optional(value, field, maxLength)!;
    }

    internal static string? Optional(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var trimmed = value.Trim();
        return trimmed.Length > maxLength
            ? throw new DomainRuleException(field, $"{field}: at most {maxLength} characters ({trimmed.Length} given).")
            : trimmed;
    }

    private void SetAreas(IEnumerable<string> areas)
    {
        var list = areas.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Any(a => a.Contains(';', StringComparison.Ordinal) || a.Length > 200))
        {
            throw new DomainRuleException("areas", "areas: each admin-1 area is at most 200 characters and holds no semicolon.");
        }
        Areas = string.Join(';', list);
        if (Areas.Length > 2000)
        {
            throw new DomainRuleException("areas", "areas: at most 2000 characters in all.");
        }
    }
}

using Vigil.Security;

namespace Vigil.Assessment;

/// <summary>
/// A country's atrocity-risk assessment on one framework version. Drafts change freely;
/// a submitted one waits for review; an approved one never changes again, and the next
/// quarter's work starts as a copy of it (<see cref="StartNextVersion"/>).
/// </summary>
public sealed class RiskAssessment
{
    private readonly List<IndicatorJudgement> _judgements = [];
    private readonly List<FactorJudgement> _factorJudgements = [];
    private readonly List<EvidenceItem> _evidence = [];
    private readonly List<ResilienceRating> _resilience = [];
    private readonly List<AssessmentChange> _history = [];

    private RiskAssessment()
    {
    }

    public RiskAssessment(string countryIso3, string title, DateOnly asOf, string author, FrameworkDefinition framework,
        Guid? organizationId, Classification classification, DateTime now)
    {
        CheckTitle(title);
        if (string.IsNullOrWhiteSpace(author) || author.Length > 200)
        {
            throw new DomainRuleException("author", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.AuthorRequired)));
        }
        Id = Guid.NewGuid();
        SeriesId = Id;
        VersionNumber = 1;
        CountryIso3 = countryIso3;
        Title = title.Trim();
        AsOf = asOf;
        Author = author.Trim();
        FrameworkId = framework.Id;
        FrameworkVersion = framework.Version;
        OrganizationId = organizationId;
        Classification = classification;
        CreatedAt = UpdatedAt = now;
        _history.Add(new AssessmentChange(now, Author, "created", null, null, $"{countryIso3} as of {asOf:yyyy-MM-dd}"));
    }

    public Guid Id { get; private set; }

    /// <summary>All versions of one assessment share a series id (the first version's id).</summary>
    public Guid SeriesId { get; private set; }
    public int VersionNumber { get; private set; }
    public Guid? PreviousVersionId { get; private set; }
    public string CountryIso3 { get; private set; } = "";
    public string Title { get; private set; } = "";
    public DateOnly AsOf { get; private set; }

    /// <summary>Sub-national areas covered, separated by semicolons; empty for the whole country.</summary>
    public string? Areas { get; private set; }
    public string? Summary { get; private set; }
    public string Author { get; private set; } = "";
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }
    public string FrameworkId { get; private set; } = "";
    public string FrameworkVersion { get; private set; } = "";
    public AssessmentStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public string? ApprovedBy { get; private set; }

    /// <summary>A training example, not a real situation; the UI labels it so.</summary>
    public bool IsExample { get; private set; }

    public IReadOnlyList<IndicatorJudgement> Judgements => _judgements;

    /// <summary>Risk factors judged as a whole (where their indicator list is incomplete or empty).</summary>
    public IReadOnlyList<FactorJudgement> FactorJudgements => _factorJudgements;
    public IReadOnlyList<EvidenceItem> Evidence => _evidence;
    public IReadOnlyList<ResilienceRating> Resilience => _resilience;
    public IReadOnlyList<AssessmentChange> History => _history;

    public IndicatorJudgement? JudgementFor(string indicatorId) => _judgements.FirstOrDefault(j => j.IndicatorId == indicatorId);

    public FactorJudgement? FactorJudgementFor(string riskFactorId) => _factorJudgements.FirstOrDefault(j => j.RiskFactorId == riskFactorId);

    public IEnumerable<EvidenceItem> EvidenceFor(string target) => _evidence.Where(e => e.Target == target);

    public ResilienceRating? ResilienceFor(string dimensionId) => _resilience.FirstOrDefault(r => r.DimensionId == dimensionId);

    public void MarkAsExample() => IsExample = true;

    private static void CheckTitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 300)
        {
            throw new DomainRuleException("title", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.TitleRequired)));
        }
    }

    private EvidenceItem EvidenceItemOf(Guid evidenceId) =>
        _evidence.FirstOrDefault(e => e.Id == evidenceId)
            ?? throw new DomainRuleException("evidenceId", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.NoSuchEvidence)));

    public void Describe(string title, DateOnly asOf, string? areas, string? summary, string actor, DateTime now)
    {
        EnsureEditable();
        CheckTitle(title);
        if (summary is { Length: > 20_000 })
        {
            throw new DomainRuleException("summary", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.SummaryTooLong)));
        }
        var before = $"{Title} | {AsOf:yyyy-MM-dd} | {Areas}";
        Title = title.Trim();
        AsOf = asOf;
        Areas = string.IsNullOrWhiteSpace(areas) ? null : areas.Trim();
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        Touch(now, actor, "described", null, before, $"{Title} | {AsOf:yyyy-MM-dd} | {Areas}");
    }

    /// <summary>Records a judgement; <paramref name="evidence"/>, when given, replaces the indicator's evidence.</summary>
    public void Judge(FrameworkDefinition framework, string indicatorId, IndicatorStatus status, int? severity, Trend? trend,
        Confidence? confidence, string? notes, bool? gender, string? area, IReadOnlyList<EvidenceItem>? evidence, string actor, DateTime now)
    {
        EnsureEditable();
        var definition = framework.FindIndicator(indicatorId)
            ?? throw new DomainRuleException("indicatorId", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.IndicatorNotInFramework), indicatorId, framework.Id, framework.Version));
        var judgement = JudgementFor(indicatorId);
        if (judgement is null)
        {
            judgement = new IndicatorJudgement(indicatorId);
            Record(judgement, indicatorId, null, status, severity, trend, confidence, notes, gender ?? definition.Gender, area, evidence, actor, now);
            _judgements.Add(judgement);
        }
        else
        {
            Record(judgement, indicatorId, judgement.Describe(), status, severity, trend, confidence, notes, gender ?? judgement.Gender, area, evidence, actor, now);
        }
    }

    /// <summary>
    /// Records the judgement of a risk factor as a whole (the indicator judgement's fields); <paramref name="evidence"/>, when given,
    /// replaces the evidence filed on the factor itself (its indicators keep theirs).
    /// </summary>
    public void JudgeFactor(FrameworkDefinition framework, string riskFactorId, IndicatorStatus status, int? severity, Trend? trend,
        Confidence? confidence, string? notes, bool? gender, string? area, IReadOnlyList<EvidenceItem>? evidence, string actor, DateTime now)
    {
        EnsureEditable();
        if (framework.RiskFactors.All(f => f.Id != riskFactorId))
        {
            throw new DomainRuleException("riskFactorId", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.NotARiskFactor), riskFactorId, framework.Id, framework.Version));
        }
        var judgement = FactorJudgementFor(riskFactorId);
        if (judgement is null)
        {
            judgement = new FactorJudgement(riskFactorId);
            Record(judgement, riskFactorId, null, status, severity, trend, confidence, notes, gender ?? false, area, evidence, actor, now);
            _factorJudgements.Add(judgement);
        }
        else
        {
            Record(judgement, riskFactorId, judgement.Describe(), status, severity, trend, confidence, notes, gender ?? judgement.Gender, area, evidence, actor, now);
        }
    }

    /// <summary>Sets a judgement (an indicator's or a whole factor's, <paramref name="target"/>), replaces its evidence when given, and records the change.</summary>
    private void Record(Judgement judgement, string target, string? before, IndicatorStatus status, int? severity, Trend? trend, Confidence? confidence,
        string? notes, bool gender, string? area, IReadOnlyList<EvidenceItem>? evidence, string actor, DateTime now)
    {
        judgement.Set(status, severity, trend, confidence, notes, gender, area);
        if (evidence is not null)
        {
            _evidence.RemoveAll(e => e.Target == target);
            _evidence.AddRange(evidence.Select(e => e.Target == target ? e : e.CopyFor(target)));
        }
        Touch(now, actor, "judged", target, before, judgement.Describe());
    }

    public void AddEvidence(string target, EvidenceItem item, string actor, DateTime now)
    {
        EnsureEditable();
        _evidence.Add(item.Target == target ? item : item.CopyFor(target));
        Touch(now, actor, "evidence added", target, null, item.Title);
    }

    public void RemoveEvidence(Guid evidenceId, string actor, DateTime now)
    {
        EnsureEditable();
        var item = EvidenceItemOf(evidenceId);
        _evidence.Remove(item);
        Touch(now, actor, "evidence removed", item.Target, item.Title, null);
    }

    /// <summary>
    /// Corrects one evidence item in place (a mistyped URL, a regrade after corroboration), keeping its id so the
    /// history follows one item. <paramref name="corrected"/> carries the new fields and was validated when built;
    /// its target is ignored. With <paramref name="keepSourceIdentity"/> the stored source identity stays as it is
    /// (the caller may not see it). Returns false, recording nothing, when nothing changes.
    /// </summary>
    public bool CorrectEvidence(Guid evidenceId, EvidenceItem corrected, bool keepSourceIdentity, string actor, DateTime now)
    {
        EnsureEditable();
        var item = EvidenceItemOf(evidenceId);
        var before = item.Describe();
        var identityBefore = item.SourceIdentity;
        item.CorrectFrom(corrected, keepSourceIdentity);
        var after = item.Describe();
        var identityChanged = !string.Equals(identityBefore, item.SourceIdentity, StringComparison.Ordinal);
        if (before == after && !identityChanged)
        {
            return false;
        }
        Touch(now, actor, "evidence edited", item.Target, before, identityChanged ? $"{after} | source identity changed" : after);
        return true;
    }

    public void RateResilience(string dimensionId, int? rating, string? notes, string actor, DateTime now)
    {
        EnsureEditable();
        if (ResilienceDimensions.Find(dimensionId) is null)
        {
            throw new DomainRuleException("dimensionId", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.NotADimension), dimensionId));
        }
        var entry = ResilienceFor(dimensionId);
        var before = entry?.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (entry is null)
        {
            entry = new ResilienceRating(dimensionId);
            _resilience.Add(entry);
        }
        entry.Set(rating, notes);
        Touch(now, actor, "resilience rated", dimensionId, before, rating?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Submit(string actor, DateTime now)
    {
        if (Status != AssessmentStatus.Draft)
        {
            throw new DomainRuleException("status", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.SubmitOnlyDraft), Status), conflict: true);
        }
        Status = AssessmentStatus.InReview;
        SubmittedAt = now;
        Touch(now, actor, "submitted", null, nameof(AssessmentStatus.Draft), nameof(AssessmentStatus.InReview));
    }

    /// <summary>Sends an assessment in review back to its author as a draft.</summary>
    public void ReturnToDraft(string actor, string? reason, DateTime now)
    {
        if (Status != AssessmentStatus.InReview)
        {
            throw new DomainRuleException("status", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.ReturnOnlyInReview)), conflict: true);
        }
        Status = AssessmentStatus.Draft;
        Touch(now, actor, "returned", null, nameof(AssessmentStatus.InReview), reason);
    }

    public void Approve(string approver, DateTime now)
    {
        if (Status != AssessmentStatus.InReview)
        {
            throw new DomainRuleException("status", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.ApproveOnlyInReview), Status), conflict: true);
        }
        if (HasEdited(approver))
        {
            throw new DomainRuleException("approver", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.ApproverNotAuthor)), conflict: true);
        }
        Status = AssessmentStatus.Approved;
        ApprovedAt = now;
        ApprovedBy = approver.Trim();
        Touch(now, approver, "approved", null, nameof(AssessmentStatus.InReview), nameof(AssessmentStatus.Approved));
    }

    /// <summary>Whether <paramref name="name"/> wrote this assessment (and so may not approve it: a second person does).</summary>
    public bool IsAuthor(string name) => string.Equals(name.Trim(), Author, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The four-eyes rule: whoever wrote this version or changed anything in it (a judgement, evidence, a rating, its framework)
    /// may not approve it. Submitting, returning and approving are review steps, not edits.
    /// </summary>
    public bool HasEdited(string name) =>
        IsAuthor(name)
        || _history.Any(c => c.Action is not ("submitted" or "returned" or "approved")
            && string.Equals(c.Actor.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Starts the next version as a draft copy of this approved one.</summary>
    /// <summary>
    /// Moves a draft to a newer framework version, carrying each judgement and its evidence indicator by indicator
    /// (<see cref="FrameworkChanges"/>): unchanged ones as they are, renumbered ones to their new number, reworded ones in place;
    /// judgements of indicators the new version removed are dropped. Every judgement not carried unchanged is listed for review
    /// and written to the history with its finding and notes. An approved or submitted assessment keeps its version.
    /// </summary>
    public FrameworkMove MoveToFramework(FrameworkDefinition from, FrameworkDefinition to, string actor, DateTime now)
    {
        if (Status != AssessmentStatus.Draft)
        {
            throw new DomainRuleException("status", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.MoveOnlyDraft), Status, FrameworkVersion), conflict: true);
        }
        var changes = FrameworkChanges.Between(from, to);
        // Snapshots first: a judgement may move onto a number another judgement is leaving.
        var moves = _judgements.Select(j => (From: j.IndicatorId, To: changes.TargetOf(j.IndicatorId), Change: changes.ChangeOf(j.IndicatorId), Finding: j.Copy())).ToList();
        var review = new List<FrameworkMove.Review>();
        foreach (var judgement in _judgements.Where(j => moves.All(m => m.To != j.IndicatorId)).ToList())
        {
            _judgements.Remove(judgement);
        }
        var evidenceMoves = _evidence.Select(e => (Item: e, From: e.Target, To: from.FindIndicator(e.Target) is null ? e.Target : changes.TargetOf(e.Target))).ToList();
        foreach (var (item, _, target) in evidenceMoves)
        {
            if (target is null)
            {
                _evidence.Remove(item);
            }
            else if (target != item.Target)
            {
                item.Retarget(target);
            }
        }
        foreach (var (fromId, toId, change, finding) in moves)
        {
            if (toId is not null)
            {
                if (JudgementFor(toId) is { } existing)
                {
                    existing.SetFrom(finding);
                }
                else
                {
                    _judgements.Add(finding.CopyFor(toId));
                }
            }
            if (change is not null)
            {
                var evidence = evidenceMoves.Where(e => e.From == fromId).Select(e => e.Item.Title).ToList();
                review.Add(new FrameworkMove.Review(change.Kind, fromId, toId, change.FromText, change.ToText, finding.Status, finding.Describe(), finding.Notes, evidence));
                Touch(now, actor, toId is null ? "judgement dropped" : "judgement carried", fromId,
                    $"{finding.Describe()}{(finding.Notes is null ? "" : $" | {finding.Notes}")}", toId is null ? null : $"{change.Kind.ToString().ToLowerInvariant()} as {toId}");
            }
        }
        var before = FrameworkVersion;
        FrameworkId = to.Id;
        FrameworkVersion = to.Version;
        Touch(now, actor, "framework version changed", null, before, to.Version);
        var order = from.Indicators.Select(i => i.Id).ToList();
        return new FrameworkMove(Id, before, to.Version, moves.Count(m => m.To is not null), review.OrderBy(r => order.IndexOf(r.FromId)).ToList(), changes);
    }

    public RiskAssessment StartNextVersion(string author, DateOnly asOf, DateTime now)
    {
        if (Status != AssessmentStatus.Approved)
        {
            throw new DomainRuleException("status", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.NewVersionFromApproved)), conflict: true);
        }
        var next = new RiskAssessment
        {
            Id = Guid.NewGuid(),
            SeriesId = SeriesId,
            VersionNumber = VersionNumber + 1,
            PreviousVersionId = Id,
            CountryIso3 = CountryIso3,
            Title = Title,
            AsOf = asOf,
            Areas = Areas,
            Summary = Summary,
            Author = author.Trim(),
            OrganizationId = OrganizationId,
            Classification = Classification,
            FrameworkId = FrameworkId,
            FrameworkVersion = FrameworkVersion,
            IsExample = IsExample,
            CreatedAt = now,
            UpdatedAt = now,
        };
        next._judgements.AddRange(_judgements.Select(j => j.Copy()));
        next._factorJudgements.AddRange(_factorJudgements.Select(j => j.Copy()));
        next._evidence.AddRange(_evidence.Select(e => e.CopyFor(e.Target)));
        foreach (var r in _resilience)
        {
            var copy = new ResilienceRating(r.DimensionId);
            copy.Set(r.Rating, r.Notes);
            next._resilience.Add(copy);
        }
        next._history.Add(new AssessmentChange(now, next.Author, "created", null, null, $"version {next.VersionNumber}, copied from version {VersionNumber}"));
        return next;
    }

    private void EnsureEditable()
    {
        if (Status != AssessmentStatus.Draft)
        {
            throw new DomainRuleException("status",
                Status == AssessmentStatus.Approved
                    ? new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.ApprovedIsReadOnly))
                    : new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.InReviewIsReadOnly)),
                conflict: true);
        }
    }

    private void Touch(DateTime now, string actor, string action, string? target, string? before, string? after)
    {
        UpdatedAt = now;
        _history.Add(new AssessmentChange(now, actor, action, target, before, after));
    }
}

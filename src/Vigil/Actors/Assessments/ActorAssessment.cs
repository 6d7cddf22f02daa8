using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.Actors.Assessments;

/// <summary>
/// An assessment of one actor (an armed group, a unit, a force) on the Framework's perpetrator factors
/// (<see cref="PerpetratorFactors"/>), versioned and reviewed like a country's <see cref="RiskAssessment"/>: a draft changes
/// freely, a submitted one waits for a second person's review, an approved one never changes again. Each finding states the
/// evidentiary standard it meets; naming the actor is a separate, recorded decision (<see cref="ActorNaming"/>).
/// </summary>
public sealed class ActorAssessment
{
    private readonly List<ActorJudgement> _judgements = [];
    private readonly List<ActorEvidence> _evidence = [];
    private readonly List<ActorIndividual> _individuals = [];
    private readonly List<ActorAssessmentChange> _history = [];

    private ActorAssessment()
    {
    }

    public ActorAssessment(Guid actorId, string title, DateOnly asOf, string author, FrameworkDefinition framework,
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
        ActorId = actorId;
        Title = title.Trim();
        AsOf = asOf;
        Author = author.Trim();
        FrameworkId = framework.Id;
        FrameworkVersion = framework.Version;
        OrganizationId = organizationId;
        Classification = classification;
        CreatedAt = UpdatedAt = now;
        _history.Add(new ActorAssessmentChange(now, Author, "created", null, null, $"as of {asOf:yyyy-MM-dd}"));
    }

    public Guid Id { get; private set; }

    /// <summary>All versions of one assessment share a series id (the first version's id).</summary>
    public Guid SeriesId { get; private set; }
    public int VersionNumber { get; private set; }
    public Guid? PreviousVersionId { get; private set; }
    public Guid ActorId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly AsOf { get; private set; }
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

    public IReadOnlyList<ActorJudgement> Judgements => _judgements;
    public IReadOnlyList<ActorEvidence> Evidence => _evidence;

    /// <summary>Confidential: shown only to those who may see the owning organisation's Confidential fields.</summary>
    public IReadOnlyList<ActorIndividual> Individuals => _individuals;
    public IReadOnlyList<ActorAssessmentChange> History => _history;

    public ActorJudgement? JudgementFor(string target) => _judgements.FirstOrDefault(j => j.Target == target);

    public IEnumerable<ActorEvidence> EvidenceFor(string target) => _evidence.Where(e => e.Target == target);

    /// <summary>
    /// Whether the findings could found naming the actor at <paramref name="required"/>: approved, at least one finding of
    /// "present", and every such finding meets the standard (a single weaker finding is an accusation the standard does not carry).
    /// </summary>
    public bool MeetsStandard(EvidentiaryStandard required) =>
        Status == AssessmentStatus.Approved
        && _judgements.Any(j => j.Status == IndicatorStatus.Present)
        && _judgements.Where(j => j.Status == IndicatorStatus.Present).All(j => j.Meets(required));

    private static void CheckTitle(string title)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 300)
        {
            throw new DomainRuleException("title", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.TitleRequired)));
        }
    }

    public void Describe(string title, DateOnly asOf, string? summary, string actor, DateTime now)
    {
        EnsureEditable();
        CheckTitle(title);
        if (summary is { Length: > 20_000 })
        {
            throw new DomainRuleException("summary", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.SummaryTooLong)));
        }
        var before = $"{Title} | {AsOf:yyyy-MM-dd}";
        Title = title.Trim();
        AsOf = asOf;
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        Touch(now, actor, "described", null, before, $"{Title} | {AsOf:yyyy-MM-dd}");
    }

    /// <summary>
    /// Records a finding on an indicator of a perpetrator factor, or on such a factor as a whole (<paramref name="isFactor"/>);
    /// <paramref name="evidence"/>, when given, replaces the evidence filed on that target.
    /// </summary>
    public void Judge(FrameworkDefinition framework, string target, bool isFactor, IndicatorStatus status, int? severity, Trend? trend,
        Confidence? confidence, string? notes, EvidentiaryStandard? standard, IReadOnlyList<ActorEvidence>? evidence, string actor, DateTime now)
    {
        EnsureEditable();
        CheckTarget(framework, target, isFactor);
        var judgement = JudgementFor(target);
        var before = judgement?.DescribeWithStandard();
        if (judgement is null)
        {
            judgement = new ActorJudgement(target, isFactor);
            judgement.Set(status, severity, trend, confidence, notes, standard);
            _judgements.Add(judgement);
        }
        else
        {
            judgement.Set(status, severity, trend, confidence, notes, standard);
        }
        if (evidence is not null)
        {
            _evidence.RemoveAll(e => e.Target == target);
            _evidence.AddRange(evidence);
        }
        Touch(now, actor, "judged", target, before, judgement.DescribeWithStandard());
    }

    /// <summary>Throws unless <paramref name="target"/> is an indicator (or, with <paramref name="isFactor"/>, a factor) this assessment judges.</summary>
    public static void CheckTarget(FrameworkDefinition framework, string target, bool isFactor)
    {
        if (PerpetratorFactors.FactorOf(framework, target, isFactor) is null)
        {
            throw new DomainRuleException(isFactor ? "riskFactorId" : "indicatorId", new ResourceText(ActorAssessmentDomainText.ResourceManager,
                nameof(ActorAssessmentDomainText.NotAPerpetratorTarget), target, new TextList(PerpetratorFactors.Ids)));
        }
    }

    public void AddEvidence(ActorEvidence item, string actor, DateTime now)
    {
        EnsureEditable();
        _evidence.Add(item);
        Touch(now, actor, "evidence added", item.Target, null, item.Describe());
    }

    public void RemoveEvidence(Guid evidenceId, string actor, DateTime now)
    {
        EnsureEditable();
        var item = _evidence.FirstOrDefault(e => e.Id == evidenceId)
            ?? throw new DomainRuleException("evidenceId", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.NoSuchEvidence)));
        _evidence.Remove(item);
        Touch(now, actor, "evidence removed", item.Target, item.Describe(), null);
    }

    /// <summary>Adds a person of the actor; the history names no one (it is shown to all who see the assessment).</summary>
    public void AddIndividual(ActorIndividual individual, string actor, DateTime now)
    {
        EnsureEditable();
        _individuals.Add(individual);
        Touch(now, actor, "individual added", null, null, individual.Id.ToString());
    }

    public void RemoveIndividual(Guid individualId, string actor, DateTime now)
    {
        EnsureEditable();
        var individual = _individuals.FirstOrDefault(i => i.Id == individualId)
            ?? throw new DomainRuleException("individualId", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.NoSuchIndividual)));
        _individuals.Remove(individual);
        Touch(now, actor, "individual removed", null, individual.Id.ToString(), null);
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

    /// <summary>Whether <paramref name="name"/> wrote or changed this version (and so may neither approve it nor name the actor on it).</summary>
    public bool HasEdited(string name) =>
        string.Equals(name.Trim(), Author, StringComparison.OrdinalIgnoreCase)
        || _history.Any(c => c.Action is not ("submitted" or "returned" or "approved" or "named")
            && string.Equals(c.Actor.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Notes the naming decision in the history (the decision itself is an <see cref="ActorNaming"/>).</summary>
    internal void RecordNaming(ActorNaming naming) =>
        _history.Add(new ActorAssessmentChange(naming.DecidedAt, naming.DecidedBy, "named", null, null, EvidentiaryStandards.Code(naming.Standard)));

    /// <summary>Starts the next version as a draft copy of this approved one.</summary>
    public ActorAssessment StartNextVersion(string author, DateOnly asOf, DateTime now)
    {
        if (Status != AssessmentStatus.Approved)
        {
            throw new DomainRuleException("status", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.NewVersionFromApproved)), conflict: true);
        }
        var next = new ActorAssessment
        {
            Id = Guid.NewGuid(),
            SeriesId = SeriesId,
            VersionNumber = VersionNumber + 1,
            PreviousVersionId = Id,
            ActorId = ActorId,
            Title = Title,
            AsOf = asOf,
            Summary = Summary,
            Author = author.Trim(),
            OrganizationId = OrganizationId,
            Classification = Classification,
            FrameworkId = FrameworkId,
            FrameworkVersion = FrameworkVersion,
            CreatedAt = now,
            UpdatedAt = now,
        };
        next._judgements.AddRange(_judgements.Select(j => j.Copy()));
        next._evidence.AddRange(_evidence.Select(e => e.Copy()));
        next._individuals.AddRange(_individuals.Select(i => i.Copy()));
        next._history.Add(new ActorAssessmentChange(now, next.Author, "created", null, null, $"version {next.VersionNumber}, copied from version {VersionNumber}"));
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
        _history.Add(new ActorAssessmentChange(now, actor, action, target, before, after));
    }
}

using Microsoft.EntityFrameworkCore;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Assessment;

public sealed record CreateAssessmentRequest(
    string CountryIso3, string Title, DateOnly AsOf, string Author,
    Classification Classification = Classification.Internal, string? Areas = null, Guid? OrganizationId = null);

public sealed record JudgementRequest(
    IndicatorStatus Status, int? Severity, Trend? Trend, Confidence? Confidence, string? Notes,
    bool? Gender, string? Area, IReadOnlyList<EvidenceRequest>? Evidence);

public sealed record EvidenceRequest(string Title, string? Reference, DateOnly? Date, SourceType SourceType, char Reliability, int Credibility,
    string? SourceIdentity = null)
{
    public EvidenceItem ToItem(string target) => new(target, Title, Reference, Date, SourceType, new AdmiraltyGrade(Reliability, Credibility), SourceIdentity);
}

/// <summary>The writes an analyst makes to a draft: create, describe, judge indicators, evidence, resilience, new versions.</summary>
public sealed class AssessmentEditing(VigilDb db, FrameworkCatalog frameworks, CountryCatalog countries, TimeProvider time, CurrentActor current)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The signed-in user's name wins over a name passed in (the CLI and the demo act as the system and name the actor).</summary>
    private string Who(string actor) => current.Viewer.IsSystem ? actor : current.Viewer.Name;

    /// <summary>Loads a draft the current viewer may edit: null when it is not visible to them, 403 when visible but not theirs to edit.</summary>
    private async Task<RiskAssessment?> LoadForEditAsync(Guid id, CancellationToken cancellationToken)
    {
        var assessment = await db.LoadAssessmentAsync(id, current.Viewer, cancellationToken);
        if (assessment is not null && !current.Viewer.CanEdit(assessment.OrganizationId))
        {
            throw new AccessDeniedException("Only analysts and admins of the owning organisation can change this assessment.");
        }
        return assessment;
    }

    public async Task<RiskAssessment> CreateAsync(CreateAssessmentRequest request, CancellationToken cancellationToken)
    {
        var country = countries.Find(request.CountryIso3)
            ?? throw new DomainRuleException("countryIso3", new LocalizedText($"'{request.CountryIso3}' is not a known ISO 3166 alpha-3 country code.", $"“{request.CountryIso3}”不是已知的 ISO 3166 三字母国家代码。"));
        var viewer = current.Viewer;
        if (!viewer.IsSystem && !Roles.CanEdit(viewer.Role))
        {
            throw new AccessDeniedException("Only analysts and admins can start an assessment.");
        }
        var framework = await frameworks.LatestAsync(cancellationToken)
            ?? throw new InvalidOperationException("No framework is stored; run the database setup first.");
        var assessment = new RiskAssessment(country.Iso3, request.Title, request.AsOf, Who(request.Author), framework,
            viewer.IsSystem ? request.OrganizationId : viewer.OrganizationId, request.Classification, Now);
        if (!string.IsNullOrWhiteSpace(request.Areas))
        {
            assessment.Describe(assessment.Title, assessment.AsOf, request.Areas, null, assessment.Author, Now);
        }
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    public Task<RiskAssessment?> DescribeAsync(Guid id, string title, DateOnly asOf, string? areas, string? summary, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, a => a.Describe(title, asOf, areas, summary, Who(actor), Now), cancellationToken);

    public async Task<RiskAssessment?> JudgeAsync(Guid id, string indicatorId, JudgementRequest request, string actor, CancellationToken cancellationToken)
    {
        var assessment = await LoadForEditAsync(id, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        var framework = await frameworks.ForAsync(assessment, cancellationToken);
        var evidence = request.Evidence?.Select(e => e.ToItem(indicatorId)).ToList();
        assessment.Judge(framework, indicatorId, request.Status, request.Severity, request.Trend, request.Confidence,
            request.Notes, request.Gender, request.Area, evidence, Who(actor), Now);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    public async Task<RiskAssessment?> AddEvidenceAsync(Guid id, string target, EvidenceRequest request, string actor, CancellationToken cancellationToken)
    {
        var assessment = await LoadForEditAsync(id, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        var framework = await frameworks.ForAsync(assessment, cancellationToken);
        if (framework.FindIndicator(target) is null && ResilienceDimensions.Find(target) is null)
        {
            throw new DomainRuleException("target", new LocalizedText($"'{target}' is neither an indicator of this assessment's framework nor a resilience dimension.", $"“{target}”既不是本评估框架中的指标，也不是韧性维度。"));
        }
        assessment.AddEvidence(target, request.ToItem(target), Who(actor), Now);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    public Task<RiskAssessment?> RemoveEvidenceAsync(Guid id, Guid evidenceId, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, a => a.RemoveEvidence(evidenceId, Who(actor), Now), cancellationToken);

    /// <summary>
    /// Corrects one evidence item of a draft in place. A null <see cref="EvidenceRequest.SourceIdentity"/> keeps the stored
    /// identity and an empty one clears it; only a viewer who may see Confidential fields of the assessment may change it.
    /// </summary>
    public async Task<RiskAssessment?> CorrectEvidenceAsync(Guid id, Guid evidenceId, EvidenceRequest request, string actor, CancellationToken cancellationToken)
    {
        var assessment = await LoadForEditAsync(id, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        var keepIdentity = request.SourceIdentity is null;
        if (!keepIdentity && !current.Viewer.CanSeeConfidentialFields(assessment.OrganizationId))
        {
            throw new AccessDeniedException("Only those who may see Confidential fields of this assessment can change a source identity.");
        }
        var target = assessment.Evidence.FirstOrDefault(e => e.Id == evidenceId)?.Target ?? "";
        assessment.CorrectEvidence(evidenceId, request.ToItem(target), keepIdentity, Who(actor), Now);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }

    public Task<RiskAssessment?> RateResilienceAsync(Guid id, string dimensionId, int? rating, string? notes, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, a => a.RateResilience(dimensionId, rating, notes, Who(actor), Now), cancellationToken);

    public async Task<RiskAssessment?> StartNextVersionAsync(Guid id, string author, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var assessment = await LoadForEditAsync(id, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        var next = assessment.StartNextVersion(Who(author), asOf ?? DateOnly.FromDateTime(Now), Now);
        db.Assessments.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return next;
    }

    private async Task<RiskAssessment?> ChangeAsync(Guid id, Action<RiskAssessment> change, CancellationToken cancellationToken)
    {
        var assessment = await LoadForEditAsync(id, cancellationToken);
        if (assessment is null)
        {
            return null;
        }
        change(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return assessment;
    }
}

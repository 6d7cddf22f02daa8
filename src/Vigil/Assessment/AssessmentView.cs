using Vigil.Security;

namespace Vigil.Assessment;

/// <summary>
/// The published shape of an assessment (API body, JSON export): its record, every
/// judgement with evidence, resilience ratings, history and the computed profile.
/// </summary>
public sealed record AssessmentView(
    Guid Id,
    Guid SeriesId,
    int Version,
    Guid? PreviousVersionId,
    string CountryIso3,
    string Title,
    DateOnly AsOf,
    string? Areas,
    string? Summary,
    string Author,
    Classification Classification,
    AssessmentStatus Status,
    string Framework,
    string FrameworkVersion,
    bool IsExample,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? SubmittedAt,
    DateTime? ApprovedAt,
    string? ApprovedBy,
    IReadOnlyList<AssessmentView.Indicator> Indicators,
    IReadOnlyList<AssessmentView.Factor> Factors,
    IReadOnlyList<AssessmentView.ResilienceEntry> Resilience,
    IReadOnlyList<AssessmentView.Change> History,
    RiskProfile Profile)
{
    public sealed record Indicator(
        string Id, string Factor, IndicatorStatus Status, int? Severity, Trend? Trend, Confidence? Confidence,
        string? Notes, bool Gender, string? Area, IReadOnlyList<Evidence> Evidence);

    /// <summary>A risk factor's judgement as a whole (status notAssessed when it has none) and the evidence filed on the factor itself.</summary>
    public sealed record Factor(
        string Id, IndicatorStatus Status, int? Severity, Trend? Trend, Confidence? Confidence,
        string? Notes, bool Gender, string? Area, IReadOnlyList<Evidence> Evidence);

    /// <summary>
    /// <paramref name="SourceIdentity"/> is null and <paramref name="HasSourceIdentity"/> false unless the viewer may see
    /// Confidential fields of this record: who may not see a source identity does not learn that one exists.
    /// </summary>
    public sealed record Evidence(Guid Id, string Title, string? Reference, DateOnly? Date, SourceType SourceType, string Reliability, int Credibility,
        string? SourceIdentity, bool HasSourceIdentity);

    public sealed record ResilienceEntry(string Id, string Group, string Title, int? Rating, string? Notes, IReadOnlyList<Evidence> Evidence);

    public sealed record Change(DateTime At, string Actor, string Action, string? Target, string? Before, string? After);

    public static AssessmentView From(RiskAssessment a, FrameworkDefinition framework, bool showConfidential = false)
    {
        var indicators = framework.RiskFactors
            .SelectMany(f => f.Indicators.Select(i => IndicatorOf(a, f.Id, i, showConfidential)))
            .ToList();
        var factors = framework.RiskFactors.Select(f => FactorOf(a, f.Id, showConfidential)).ToList();
        var resilience = ResilienceDimensions.All
            .Select(d => new ResilienceEntry(d.Id, d.Group, d.Title.English, a.ResilienceFor(d.Id)?.Rating, a.ResilienceFor(d.Id)?.Notes, EvidenceOf(a, d.Id, showConfidential)))
            .ToList();
        return new AssessmentView(
            a.Id, a.SeriesId, a.VersionNumber, a.PreviousVersionId, a.CountryIso3, a.Title, a.AsOf, a.Areas, a.Summary, a.Author,
            a.Classification, a.Status, a.FrameworkId, a.FrameworkVersion, a.IsExample, a.CreatedAt, a.UpdatedAt, a.SubmittedAt,
            a.ApprovedAt, a.ApprovedBy, indicators, factors, resilience,
            a.History.OrderBy(h => h.At).Select(h => new Change(h.At, h.Actor, h.Action, h.Target, h.Before, h.After)).ToList(),
            ProfileCalculator.Calculate(framework, a));
    }

    /// <summary>One indicator of factor <paramref name="factorId"/> as the view shows it (notAssessed when it has no judgement).</summary>
    public static Indicator IndicatorOf(RiskAssessment a, string factorId, IndicatorDefinition definition, bool showConfidential)
    {
        var judgement = a.JudgementFor(definition.Id);
        return new Indicator(definition.Id, factorId, judgement?.Status ?? IndicatorStatus.NotAssessed, judgement?.Severity, judgement?.Trend,
            judgement?.Confidence, judgement?.Notes, judgement?.Gender ?? definition.Gender, judgement?.Area, EvidenceOf(a, definition.Id, showConfidential));
    }

    /// <summary>A risk factor's judgement as a whole as the view shows it.</summary>
    public static Factor FactorOf(RiskAssessment a, string factorId, bool showConfidential)
    {
        var judgement = a.FactorJudgementFor(factorId);
        return new Factor(factorId, judgement?.Status ?? IndicatorStatus.NotAssessed, judgement?.Severity, judgement?.Trend,
            judgement?.Confidence, judgement?.Notes, judgement?.Gender ?? false, judgement?.Area, EvidenceOf(a, factorId, showConfidential));
    }

    private static List<Evidence> EvidenceOf(RiskAssessment a, string target, bool showConfidential) => a.EvidenceFor(target)
        .Select(e => new Evidence(e.Id, e.Title, e.Reference, e.Date, e.SourceType, e.Reliability.ToString(), e.Credibility,
            showConfidential ? e.SourceIdentity : null, showConfidential && e.SourceIdentity is not null))
        .ToList();
}

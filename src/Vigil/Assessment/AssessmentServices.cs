using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Assessment;

public static class AssessmentServices
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<EditableAssessments>();
        services.AddScoped<CreateAssessment>();
        services.AddScoped<DescribeAssessment>();
        services.AddScoped<JudgeIndicator>();
        services.AddScoped<JudgeFactor>();
        services.AddScoped<SaveFactorSection>();
        services.AddScoped<SaveResilienceSection>();
        services.AddScoped<AddEvidence>();
        services.AddScoped<CorrectEvidence>();
        services.AddScoped<RemoveEvidence>();
        services.AddScoped<RateResilience>();
        services.AddScoped<StartNextVersion>();
        services.AddScoped<MoveToFrameworkVersion>();
        services.AddScoped<ChooseFrameworkVersion>();
        services.AddScoped<ImportOfficialText>();
        services.AddScoped<TrainingCase>();
        services.AddScoped<AssessmentReview>();
        services.AddSingleton<FrameworkCatalog>();
        services.AddSingleton(sp => new ReferenceData(sp.GetRequiredService<FrameworkCatalog>().SeedAsync));
        services.AddAuditScopes(
            AuditScopeRule.Owned<RiskAssessment>(nameof(RiskAssessment.OrganizationId), nameof(RiskAssessment.Classification)),
            AuditScopeRule.PartOf<IndicatorJudgement, RiskAssessment>(nameof(IndicatorJudgement.AssessmentId)),
            AuditScopeRule.PartOf<FactorJudgement, RiskAssessment>(nameof(FactorJudgement.AssessmentId)),
            AuditScopeRule.PartOf<EvidenceItem, RiskAssessment>(nameof(EvidenceItem.AssessmentId)),
            AuditScopeRule.PartOf<ResilienceRating, RiskAssessment>(nameof(ResilienceRating.AssessmentId)),
            AuditScopeRule.PartOf<AssessmentChange, RiskAssessment>(nameof(AssessmentChange.AssessmentId)),
            AuditScopeRule.System<FrameworkRecord>(),
            // An organisation's setting, like its shares: an account record of that organisation.
            AuditScopeRule.Account<FrameworkChoice>(nameof(FrameworkChoice.OrganizationId)));
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigil.Security;

namespace Vigil.Actors.Assessments;

public static class ActorAssessmentServices
{
    public static IServiceCollection AddActorAssessments(this IServiceCollection services)
    {
        services.TryAddScoped<ReadAudit>();
        services.AddScoped<ActorAssessmentDrafts>();
        services.AddScoped<ActorAssessmentReader>();
        services.AddScoped<CreateActorAssessment>();
        services.AddScoped<JudgeActorTarget>();
        services.AddScoped<AddActorEvidence>();
        services.AddScoped<RemoveActorEvidence>();
        services.AddScoped<AddActorIndividual>();
        services.AddScoped<ActorAssessmentReview>();
        services.AddScoped<NameActor>();
        services.AddScoped<StartNextActorVersion>();
        services.AddScoped<ChooseEvidentiaryStandard>();
        services.AddAuditScopes(
            AuditScopeRule.Owned<ActorAssessment>(nameof(ActorAssessment.OrganizationId), nameof(ActorAssessment.Classification)),
            AuditScopeRule.PartOf<ActorJudgement, ActorAssessment>(nameof(ActorJudgement.AssessmentId)),
            AuditScopeRule.PartOf<ActorEvidence, ActorAssessment>(nameof(ActorEvidence.AssessmentId)),
            AuditScopeRule.PartOf<ActorIndividual, ActorAssessment>(nameof(ActorIndividual.AssessmentId)),
            AuditScopeRule.PartOf<ActorAssessmentChange, ActorAssessment>(nameof(ActorAssessmentChange.AssessmentId)),
            AuditScopeRule.Owned<ActorNaming>(nameof(ActorNaming.OrganizationId), nameof(ActorNaming.Classification)),
            // An organisation's setting, like its framework choice: an account record of that organisation.
            AuditScopeRule.Account<ActorStandardSetting>(nameof(ActorStandardSetting.OrganizationId)));
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Security;
using Vigil.Situations.Options;
using Vigil.Storage;

namespace Vigil.Situations;

public static class SituationServices
{
    public static IServiceCollection AddSituations(this IServiceCollection services)
    {
        services.AddScoped<EditableSituations>();
        services.AddScoped<OpenSituation>();
        services.AddScoped<ChangeSituationStatus>();
        services.AddScoped<RecordAction>();
        services.AddScoped<AddCommitment>();
        services.AddScoped<RecordImplementation>();
        services.AddScoped<ReviewSituation>();
        services.AddScoped<MarkTrend>();
        services.AddScoped<DescribeSituation>();
        services.AddScoped<LinkRecord>();
        services.AddScoped<SituationQueries>();
        services.AddScoped<SituationActors>();
        services.AddSingleton<ProposeOptions>();
        services.AddSingleton<OptionCatalog>();
        services.AddSingleton<IRaisedAlertsHandler, LinkRaisedAlerts>();
        services.AddSingleton<IRaisedSignalsHandler, LinkRaisedSignals>();
        services.AddSingleton(sp => new ReferenceData(sp.GetRequiredService<OptionCatalog>().SeedAsync));
        services.AddAuditScopes(
            AuditScopeRule.Owned<Situation>(nameof(Situation.OrganizationId), nameof(Situation.Classification)),
            AuditScopeRule.PartOf<SituationStatusChange, Situation>(nameof(SituationStatusChange.SituationId)),
            AuditScopeRule.PartOf<SituationTrendMark, Situation>(nameof(SituationTrendMark.SituationId)),
            AuditScopeRule.PartOf<SituationLink, Situation>(nameof(SituationLink.SituationId)),
            AuditScopeRule.PartOf<SituationReview, Situation>(nameof(SituationReview.SituationId)),
            AuditScopeRule.PartOf<PreventionAction, Situation>(nameof(PreventionAction.SituationId)),
            AuditScopeRule.PartOf<Commitment, Situation>(nameof(Commitment.SituationId)),
            AuditScopeRule.System<OptionCatalogRecord>());
        return services;
    }
}

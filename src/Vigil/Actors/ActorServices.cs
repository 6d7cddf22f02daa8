using Microsoft.Extensions.DependencyInjection;
using Vigil.Events.Import;
using Vigil.Security;

namespace Vigil.Actors;

public static class ActorServices
{
    public static IServiceCollection AddActors(this IServiceCollection services)
    {
        services.AddSingleton<RebuildActors>();
        services.AddSingleton<ActorQueries>();
        services.AddSingleton<MergeSuggestions>();
        services.AddScoped<EditableActors>();
        services.AddScoped<MergeActors>();
        services.AddScoped<UnmergeActor>();
        services.AddScoped<SetActorKind>();
        services.AddScoped<AffiliateActors>();
        services.AddSingleton<IEventsImportedHandler, RebuildAfterImport>();
        services.AddSingleton<IOrganizationAddedHandler, RegisterNewOrganization>();
        services.AddAuditScopes(
            AuditScopeRule.Owned<Actor>(nameof(Actor.OrganizationId), nameof(Actor.Classification)),
            AuditScopeRule.PartOf<ActorAffiliation, Actor>(nameof(ActorAffiliation.ActorId)),
            AuditScopeRule.System<ActorIdentity>(),
            AuditScopeRule.System<ActorMonth>());
        return services;
    }
}

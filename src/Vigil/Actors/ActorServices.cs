using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;

namespace Vigil.Actors;

public static class ActorServices
{
    public static IServiceCollection AddActors(this IServiceCollection services)
    {
        services.AddAuditScopes(
            AuditScopeRule.Owned<Actor>(nameof(Actor.OrganizationId), nameof(Actor.Classification)),
            AuditScopeRule.PartOf<ActorAffiliation, Actor>(nameof(ActorAffiliation.ActorId)),
            AuditScopeRule.System<ActorIdentity>(),
            AuditScopeRule.System<ActorMonth>());
        return services;
    }
}

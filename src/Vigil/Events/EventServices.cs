using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Events.Escalation;
using Vigil.Events.Import;
using Vigil.Events.Series;
using Vigil.Security;

namespace Vigil.Events;

public static class EventServices
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddSingleton<EventImporter>();
        services.AddSingleton<SeriesQueries>();
        services.AddSingleton<Browse.EventSearch>();
        services.AddSingleton<Browse.EventCoverage>();
        services.AddSingleton<EscalationScan>();
        services.AddSingleton<IInterceptor, EventInsertGuard>();
        services.AddAuditScopes(AuditScopeRule.System<Event>(), AuditScopeRule.System<EventMonth>());
        return services;
    }
}

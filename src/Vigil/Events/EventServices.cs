using Microsoft.Extensions.DependencyInjection;
using Vigil.Events.Escalation;
using Vigil.Events.Import;
using Vigil.Events.Series;

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
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Vigil.Events.Import;

namespace Vigil.Events;

public static class EventServices
{
    public static IServiceCollection AddEvents(this IServiceCollection services)
    {
        services.AddSingleton<EventImporter>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Alerts;

public static class AlertServices
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddSingleton<RaiseAlerts>();
        return services;
    }
}

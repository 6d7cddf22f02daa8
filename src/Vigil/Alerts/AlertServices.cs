using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts.Notifications;

namespace Vigil.Alerts;

public static class AlertServices
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddSingleton<RaiseAlerts>();
        services.AddSingleton<StepAlert>();
        services.AddSingleton<AlertReads>();
        services.AddSingleton<DeliverWebhooks>();
        services.AddSingleton<BuildDigest>();
        services.AddScoped<WebhookAdministration>();
        services.AddHttpClient(DeliverWebhooks.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        // Bound to configuration and validated by the web host (VigilWebHost), the only place the job runs.
        services.AddOptions<NotificationOptions>();
        return services;
    }
}

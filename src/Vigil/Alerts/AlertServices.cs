using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts.Notifications;
using Vigil.Security;

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
        services.AddAuditScopes(
            AuditScopeRule.Owned<AlertTransition>(nameof(AlertTransition.OrganizationId), nameof(AlertTransition.NoteClassification)),
            AuditScopeRule.OfUser<AlertRead>(nameof(AlertRead.UserId)),
            AuditScopeRule.System<Alert>(),
            AuditScopeRule.System<AlertSignal>(),
            AuditScopeRule.System<Signal>(),
            AuditScopeRule.System<AlertRule>(),
            AuditScopeRule.System<AlertDigest>(),
            AuditScopeRule.System<WebhookSubscription>(),
            AuditScopeRule.System<WebhookDelivery>());
        return services;
    }
}

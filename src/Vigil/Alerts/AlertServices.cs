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
        services.AddSingleton<WebhookTargetGuard>();
        // Every delivery is a request of its own to a URL an admin typed: no cookie jar shared between receivers,
        // no redirect (a 3xx is a failed delivery, its status recorded), no proxy (it would connect on our behalf,
        // past the address check), and the address checked where the socket connects (WebhookTargetGuard).
        services.AddHttpClient(DeliverWebhooks.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(s => new SocketsHttpHandler
            {
                UseCookies = false,
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = s.GetRequiredService<WebhookTargetGuard>().ConnectAsync,
            });
        // Bound to configuration and validated by the web host (VigilWebHost), the only place the job runs.
        services.AddOptions<NotificationOptions>();
        // Bound by the web host (VigilWebHost); the command line delivers with the default (private addresses refused).
        services.AddOptions<WebhookOptions>();
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

using Vigil.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;

namespace Vigil.Forecasting;

public static class ForecastingServices
{
    public static IServiceCollection AddForecasting(this IServiceCollection services)
    {
        services.AddSingleton<ForecastRunner>();
        foreach (var name in WatchlistChange.MeasureNames)
        {
            services.AddSingleton(name);
        }
        services.AddAuditScopes(
            AuditScopeRule.Owned<ForecastRun>(nameof(ForecastRun.OrganizationId), nameof(ForecastRun.Classification)),
            AuditScopeRule.PartOf<ForecastEntry, ForecastRun>(nameof(ForecastEntry.RunId)));
        return services;
    }
}

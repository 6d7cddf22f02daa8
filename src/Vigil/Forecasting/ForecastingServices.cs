using Vigil.Alerts;
using Microsoft.Extensions.DependencyInjection;

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
        return services;
    }
}

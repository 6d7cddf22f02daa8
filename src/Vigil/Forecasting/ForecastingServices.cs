using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Forecasting;

public static class ForecastingServices
{
    public static IServiceCollection AddForecasting(this IServiceCollection services)
    {
        services.AddSingleton<ForecastRunner>();
        return services;
    }
}

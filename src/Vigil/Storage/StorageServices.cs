using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Events;

namespace Vigil.Storage;

public static class StorageServices
{
    private static readonly EventInsertGuard EventInsert = new();

    /// <summary>Registers the database (SQLite or PostgreSQL per <paramref name="target"/>) and the reference catalogues.</summary>
    public static IServiceCollection AddVigilCore(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        services.AddSecurity(target);
        services.AddDbContextFactory<VigilDb>((sp, options) =>
        {
            target.Configure(options);
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), EventInsert);
            options.ReplaceService<IModelCacheKeyFactory, VigilModelCacheKeyFactory>();
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContext());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(CountryCatalog.Embedded);
        services.AddSingleton<FrameworkCatalog>();
        services.AddSingleton<DatabaseSetup>();
        services.AddAssessments();
        services.AddForecasting();
        services.AddEvents();
        services.AddAlerts();
        return services;
    }
}

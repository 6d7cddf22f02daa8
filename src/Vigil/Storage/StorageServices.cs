using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Events;

namespace Vigil.Storage;

public static class StorageServices
{
    /// <summary>Registers the database (SQLite or PostgreSQL per <paramref name="target"/>) and the reference catalogues.</summary>
    public static IServiceCollection AddVigilCore(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        services.AddDbContextFactory<VigilDb>(target.Configure);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContext());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(CountryCatalog.Embedded);
        services.AddSingleton<FrameworkCatalog>();
        services.AddSingleton<DatabaseSetup>();
        services.AddAssessments();
        services.AddEvents();
        services.AddAlerts();
        return services;
    }
}

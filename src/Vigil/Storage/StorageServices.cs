using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Storage;

public static class StorageServices
{
    /// <summary>
    /// Registers the database (SQLite or PostgreSQL per <paramref name="target"/>) with the <see cref="ModelPart"/>s and
    /// the EF Core interceptors (<see cref="IInterceptor"/>) the features register, in their order of registration.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(target);
        services.AddSingleton<ModelParts>();
        services.AddDbContextFactory<VigilDb>((sp, options) =>
        {
            target.Configure(options);
            options.AddInterceptors(sp.GetServices<IInterceptor>());
            options.ReplaceService<IModelCacheKeyFactory, VigilModelCacheKeyFactory>();
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContext());
        services.AddSingleton<DatabaseSetup>();
        return services;
    }
}

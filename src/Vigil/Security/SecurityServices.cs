using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage;

namespace Vigil.Security;

public static class SecurityServices
{
    public static IServiceCollection AddSecurity(this IServiceCollection services, DatabaseTarget target)
    {
        Directory.CreateDirectory(target.KeysDirectory);
        services.AddDataProtection()
            .SetApplicationName("Vigil")
            .PersistKeysToFileSystem(new DirectoryInfo(target.KeysDirectory));
        services.AddSingleton<ConfidentialFields>();
        services.AddSingleton<CurrentActor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<AddOrganization>();
        services.AddScoped<ShareOrganization>();
        services.AddScoped<AddUser>();
        services.AddScoped<AddMember>();
        services.AddScoped<ListUsers>();
        services.AddScoped<ChangeRole>();
        services.AddScoped<ResetPassword>();
        services.AddScoped<DisableUser>();
        services.AddScoped<EnableUser>();
        services.AddScoped<ChangeOwnPassword>();
        services.AddScoped<RecordSignIn>();
        services.AddScoped<FindViewer>();
        services.AddIdentityCore<VigilUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                // Length, not composition rules, makes a password strong (NIST SP 800-63B).
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<VigilDb>();
        return services;
    }
}

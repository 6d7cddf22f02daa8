using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Security.KeyRing;
using Vigil.Storage;

namespace Vigil.Security;

public static class SecurityServices
{
    public static IServiceCollection AddSecurity(this IServiceCollection services, DatabaseTarget target)
    {
        // The data directory first, so that it too is created private when the keys folder lies inside it.
        DatabaseTarget.CreatePrivateDirectory(target.DataDirectory);
        DatabaseTarget.CreatePrivateDirectory(target.KeysDirectory);
        var keyRing = KeyRingProtection.For(target);
        keyRing.Configure(services.AddDataProtection().SetApplicationName("Vigil"), target);
        services.AddSingleton(keyRing);
        services.AddSingleton<ConfidentialFields>();
        services.AddSingleton(sp => new ModelPart(sp.GetRequiredService<ConfidentialFields>().EncryptMarked));
        services.AddSingleton<CurrentActor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<AuditInterceptor>());
        services.AddAuditScopes(
            AuditScopeRule.Account<VigilUser>(nameof(VigilUser.OrganizationId)),
            AuditScopeRule.Account<Organization>(nameof(Organization.Id)),
            AuditScopeRule.Account<OrganizationShare>(nameof(OrganizationShare.OwnerId)),
            AuditScopeRule.System<DataProtectionKeyRecord>(),
            AuditScopeRule.OfUser<ApiKey>(nameof(ApiKey.UserId)),
            AuditScopeRule.OfUser<IdentityUserClaim<Guid>>(nameof(IdentityUserClaim<>.UserId)),
            AuditScopeRule.OfUser<IdentityUserLogin<Guid>>(nameof(IdentityUserLogin<>.UserId)),
            AuditScopeRule.OfUser<IdentityUserToken<Guid>>(nameof(IdentityUserToken<>.UserId)));
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
        services.AddOptions<TwoFactorOptions>();
        services.AddScoped<TwoFactorRule>();
        services.AddScoped<StartTwoFactorEnrolment>();
        services.AddSingleton<AuthenticatorKeys>();
        services.AddScoped<EnableTwoFactor>();
        services.AddScoped<DisableTwoFactor>();
        services.AddScoped<NewRecoveryCodes>();
        services.AddScoped<CheckSecondFactor>();
        services.AddScoped<RequireTwoFactor>();
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
            .AddEntityFrameworkStores<VigilDb>()
            .AddTokenProvider<OneUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        return services;
    }

    /// <summary>States the audit scopes of a feature's records (<see cref="AuditScopeRule"/>).</summary>
    public static IServiceCollection AddAuditScopes(this IServiceCollection services, params IEnumerable<AuditScopeRule> rules)
    {
        foreach (var rule in rules)
        {
            services.AddSingleton(rule);
        }
        return services;
    }
}

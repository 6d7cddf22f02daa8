using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;

namespace Vigil.Situations.Cases;

public static class CaseServices
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<RecordCase>();
        services.AddScoped<CreateCaseFromSituation>();
        services.AddScoped<ExampleCases>();
        services.AddAuditScopes(AuditScopeRule.Owned<PreventionCase>(nameof(PreventionCase.OrganizationId), nameof(PreventionCase.Classification)));
        return services;
    }
}

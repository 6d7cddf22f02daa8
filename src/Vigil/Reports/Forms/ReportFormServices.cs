using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;

namespace Vigil.Reports.Forms;

public static class ReportFormServices
{
    public static IServiceCollection AddReportForms(this IServiceCollection services)
    {
        services.AddScoped<AddReportForm>();
        services.AddAuditScopes(AuditScopeRule.Owned<ReportForm>(nameof(ReportForm.OrganizationId), nameof(ReportForm.Classification)));
        return services;
    }
}

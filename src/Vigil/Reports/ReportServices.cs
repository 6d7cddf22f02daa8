using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;

namespace Vigil.Reports;

public static class ReportServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<ReporterRecognition>();
        services.AddSingleton<SubmitFieldReport>();
        services.AddSingleton<FieldReportQueries>();
        services.AddSingleton<DistrictPlaces>();
        services.AddSingleton<SetLocationPolicy>();
        services.AddSingleton<ReportPhotos>();
        services.AddSingleton<AttachReportPhotos>();
        services.AddSingleton<ReceiveSms>();
        services.AddSingleton<ImportReportCsv>();
        // Bound to configuration by the web host (VigilWebHost), the only place gateways post to.
        services.AddOptions<SmsOptions>();
        services.AddAuditScopes(
            AuditScopeRule.Owned<FieldReport>(nameof(FieldReport.OrganizationId), nameof(FieldReport.Classification)),
            AuditScopeRule.PartOf<HarmCount, FieldReport>(nameof(HarmCount.ReportId)),
            AuditScopeRule.PartOf<FieldReportAttachment, FieldReport>(nameof(FieldReportAttachment.ReportId)),
            AuditScopeRule.Owned<InboundSms>(nameof(InboundSms.OrganizationId), nameof(InboundSms.Classification)),
            AuditScopeRule.Account<ReportLocationPolicy>(nameof(ReportLocationPolicy.OrganizationId)),
            AuditScopeRule.System<ReporterHashKey>());
        return services;
    }
}

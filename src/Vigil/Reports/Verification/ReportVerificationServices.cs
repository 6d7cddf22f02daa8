using Microsoft.Extensions.DependencyInjection;
using Vigil.Security;

namespace Vigil.Reports.Verification;

public static class ReportVerificationServices
{
    public static IServiceCollection AddReportVerification(this IServiceCollection services)
    {
        services.AddSingleton<FieldEvents>();
        services.AddScoped<ReviewableReports>();
        services.AddScoped<ClaimReport>();
        services.AddScoped<ReleaseReport>();
        services.AddScoped<VerifyReport>();
        services.AddScoped<MergeDuplicate>();
        services.AddScoped<UnmergeDuplicate>();
        services.AddScoped<CorroborateReport>();
        services.AddScoped<SuggestDuplicates>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<AttachReportEvidence>();
        services.AddScoped<AnalyseReports>();
        services.AddAuditScopes(
            AuditScopeRule.PartOf<ReportReview, FieldReport>(nameof(ReportReview.ReportId)),
            AuditScopeRule.PartOf<ReportCorroboration, FieldReport>(nameof(ReportCorroboration.ReportId)));
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Security;

namespace Vigil.Speech.Monitoring;

using Classification = Vigil.Security.Classification;

public static class SpeechMonitoringServices
{
    public static IServiceCollection AddSpeechMonitoring(this IServiceCollection services)
    {
        services.AddScoped<SpeechVerdicts>();
        services.AddScoped<PostBatchWriter>();
        services.AddScoped<IngestPosts>();
        services.AddScoped<ReclassifyPosts>();
        services.AddScoped<ReviewPost>();
        services.AddScoped<RecordReferral>();
        services.AddScoped<UpdateReferral>();
        services.AddScoped<ReferralReport>();
        services.AddScoped<SpeechPostQueries>();
        services.AddScoped<SurgeDetection>();
        services.AddScoped<SurgeScan>();
        services.AddScoped<SpeechCountryQuery>();
        services.AddSingleton(new MeasureName(SurgeDetection.HateMeasure, "more hate-speech posts"));
        services.AddSingleton(new MeasureName(SurgeDetection.IncitementMeasure, "more posts inciting violence"));
        services.AddAuditScopes(
            AuditScopeRule.Owned<SpeechPost>(nameof(SpeechPost.OrganizationId), nameof(SpeechPost.Classification)),
            AuditScopeRule.PartOf<SpeechReview, SpeechPost>(nameof(SpeechReview.PostId)),
            AuditScopeRule.Owned<SpeechReferral>(nameof(SpeechReferral.OrganizationId), nameof(SpeechReferral.Classification)));
        return services;
    }
}

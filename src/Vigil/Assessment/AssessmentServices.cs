using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Assessment;

public static class AssessmentServices
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<EditableAssessments>();
        services.AddScoped<CreateAssessment>();
        services.AddScoped<DescribeAssessment>();
        services.AddScoped<JudgeIndicator>();
        services.AddScoped<SaveFactorSection>();
        services.AddScoped<SaveResilienceSection>();
        services.AddScoped<AddEvidence>();
        services.AddScoped<CorrectEvidence>();
        services.AddScoped<RemoveEvidence>();
        services.AddScoped<RateResilience>();
        services.AddScoped<StartNextVersion>();
        services.AddScoped<TrainingCase>();
        services.AddScoped<AssessmentReview>();
        return services;
    }
}

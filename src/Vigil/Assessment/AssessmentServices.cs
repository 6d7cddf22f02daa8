using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Assessment;

public static class AssessmentServices
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<AssessmentEditing>();
        services.AddScoped<AssessmentReview>();
        return services;
    }
}

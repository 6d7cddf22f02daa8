using Microsoft.Extensions.DependencyInjection;
using Vigil.Actors;
using Vigil.Actors.Assessments;
using Vigil.Alerts;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Events;
using Vigil.Forecasting;
using Vigil.Reports;
using Vigil.Reports.Verification;
using Vigil.Reports.Forms;
using Vigil.Security;
using Vigil.Situations.Cases;
using Vigil.Situations;
using Vigil.Speech.Monitoring;
using Vigil.Speech.Classification;
using Vigil.Speech.Lexicons;
using Vigil.Storage;

namespace Vigil.Composition;

/// <summary>
/// The composition root: the one place that knows every feature and wires them to Storage. Features below know nothing
/// of it (the architecture test keeps it so); the app, the tests and the benchmarks make this one call.
/// </summary>
public static class VigilCore
{
    /// <summary>Registers the database (SQLite or PostgreSQL per <paramref name="target"/>), every feature and the reference catalogues.</summary>
    public static IServiceCollection AddVigilCore(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddStorage(target);
        // Registration order is the order of the EF Core interceptors: the audit trail first, as before the split.
        services.AddSecurity(target);
        services.AddCountries();
        services.AddAssessments();
        services.AddForecasting();
        services.AddEvents();
        services.AddActors();
        services.AddActorAssessments();
        services.AddAlerts();
        services.AddReports();
        services.AddReportVerification();
        services.AddReportForms();
        services.AddSpeechMonitoring();
        services.AddCases();
        services.AddSituations();
        services.AddSpeechClassification();
        services.AddSpeechLexicons();
        return services;
    }
}

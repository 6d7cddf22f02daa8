using Vigil.Alerts.Notifications;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Localization;
using Vigil.App.Api;
using Vigil.Composition;
using Vigil.Security.KeyRing;
using Vigil.Reports;
using Vigil.Storage;

namespace Vigil.App.Hosting;

/// <summary>Builds the web app (UI + API) over a store. Used by `serve`, `demo` and the tests.</summary>
public static class VigilWebHost
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("zh-Hans")];

    public static async Task<WebApplication> BuildAsync(DatabaseTarget target, string urls, CancellationToken cancellationToken,
        Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Named explicitly so Razor Pages are found when a test runner, not vigil, is the entry assembly.
            ApplicationName = typeof(VigilWebHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production",
        });
        builder.WebHost.UseUrls(urls);
        // SQL text at Information drowns what operators need; EF warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        if (Environment.GetEnvironmentVariable("VIGIL_LOG_FORMAT") == "json")
        {
            builder.Logging.ClearProviders().AddJsonConsole();
        }
        builder.Services.AddVigilCore(target);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DomainRuleExceptionHandler>();
        // A body that does not bind (wrong JSON type, malformed JSON) throws instead of answering an empty 400, so the one
        // error mapping can name the field.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Vigil API";
            doc.Info.Description = "Atrocity-prevention early warning: Framework of Analysis assessments, reference data.";
            return Task.CompletedTask;
        }).AddOperationTransformer(TextAlternatives.DescribeAsync));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddRazorPages();
        // Chinese pages stay readable and ~40 % smaller when CJK letters are not written as
        // entities; <, >, & and quotes are still always encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        builder.Services.AddVigilCompression();
        builder.AddVigilAuthentication();
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        configure?.Invoke(builder);
        builder.AddVigilTrustedProxies();
        builder.Services.AddOptions<NotificationOptions>().Bind(builder.Configuration.GetSection(NotificationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<WebhookOptions>().Bind(builder.Configuration.GetSection(WebhookOptions.Section)).ValidateOnStart();
        builder.Services.AddOptions<SmsOptions>().Bind(builder.Configuration.GetSection(SmsOptions.Section));
        builder.Services.AddHostedService<Vigil.Speech.Lexicons.SpeechLexiconRefresh>();
        if (builder.Configuration.GetValue($"{NotificationOptions.Section}:Enabled", true))
        {
            builder.Services.AddHostedService<AlertNotificationJob>();
        }

        var app = builder.Build();
        await app.Services.GetRequiredService<DatabaseSetup>().MigrateAsync(cancellationToken);
        LogKeyRing(app);

        app.UseVigilTrustedProxies();
        app.UseExceptionHandler();
        app.UseStatusCodePages(NotFoundPages.HandleAsync);
        if (!ListensOnLoopbackOnly(urls))
        {
            // Off the loopback interface, traffic must be encrypted (TLS at Kestrel or a proxy).
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseMiddleware<SecurityHeaders>();
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<ViewerMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Vigil API v1");
            // Swagger UI's files only: the page itself is Pages/ApiDocs (Vigil's header, language switch and colours).
            o.RoutePrefix = "api-docs/ui";
            o.DocumentTitle = "Vigil API";
        });
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapLanguageSwitch();
        app.MapAuth();
        app.MapAdmin();
        app.MapCountries();
        app.MapFramework();
        app.MapAssessments();
        app.MapForecasts();
        app.MapEvents();
        app.MapActors();
        app.MapActorAssessments();
        app.MapAlerts();
        app.MapCases();
        app.MapAlertNotifications();
        app.MapSituations();
        app.MapReports();
        app.MapOpenRosaSubmission();
        app.MapSmsInbound();
        app.MapReportVerification();
        app.MapReportForms();
        app.MapSpeechMonitor();
        app.MapSpeechClassify();
        app.MapSpeechLexicon();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Says where the key ring is and whether a certificate protects it; keys in the database without one are a warning.</summary>
    private static void LogKeyRing(WebApplication app)
    {
        var keyRing = app.Services.GetRequiredService<KeyRingProtection>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Vigil.KeyRing");
        if (keyRing.Certificate is null && keyRing.InDatabase)
        {
            logger.LogWarning("{KeyRing}", keyRing.Describe());
        }
        else if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("{KeyRing}", keyRing.Describe());
        }
    }

    private static bool ListensOnLoopbackOnly(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(u =>
            Uri.TryCreate(u.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && (uri.IsLoopback || uri.Host == "localhost"));
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.App.Hosting;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Api;

public static class AlertsApi
{
    /// <summary>An alert; <c>countryName</c> (English) and <c>measures</c> (what its signals counted) say where and what rose.</summary>
    public sealed record AlertDto(Guid Id, string Title, string Country, string Admin1, SignalSeverity Severity, AlertStatus Status,
        string FirstMonth, string LastMonth, int Signals, DateTime UpdatedAt, string CountryName, IReadOnlyList<string> Measures)
    {
        public static AlertDto From(Alert a, IReadOnlyList<string> measures) => new(a.Id, a.Title, a.CountryIso3, a.Admin1, a.Severity, a.Status,
            a.FirstPeriod.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            a.LastPeriod.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), a.Signals.Count, a.UpdatedAt,
            CountryCatalog.Embedded.Find(a.CountryIso3)?.Name.En ?? a.CountryIso3, measures);
    }

    /// <summary>
    /// One step: seen by everyone; its note only by those the note's classification admits (<see cref="Viewer.CanSee"/>,
    /// owner: the author's organisation). A hidden note is <c>note: null, noteHidden: true</c>.
    /// </summary>
    public sealed record TransitionDto(AlertStatus From, AlertStatus To, DateTime At, string By, string? Note, Classification NoteClassification, bool NoteHidden)
    {
        public static TransitionDto For(AlertTransition t, Viewer viewer) =>
            new(t.From, t.To, t.At, t.By, t.NoteFor(viewer), t.NoteClassification, t.NoteHiddenFrom(viewer));
    }

    public sealed record SignalDto(Guid Id, string Country, string Admin1, string Month, string Measure, double Observed, double Expected, double Score, SignalSeverity Severity, string[] Indicators);
    public sealed record AlertDetailDto(AlertDto Alert, IReadOnlyList<TransitionDto> History, IReadOnlyList<SignalDto> Signals);

    /// <summary>A step's note (at most 2000 characters) and who may read it: public, internal (default), restricted or confidential.</summary>
    public sealed class StepRequest
    {
        [MaxLength(Alert.NoteMaxLength)]
        public string? Note { get; init; }

        // A string, not the enum, so that an unknown value is answered with a ProblemDetails naming the field.
        public string? NoteClassification { get; init; }
    }

    public sealed class RuleRequest
    {
        [Required, MaxLength(200)]
        public string Name { get; init; } = "";
        public string Origin { get; init; } = "events";
        public string? Measure { get; init; }
        public SignalSeverity MinimumSeverity { get; init; } = SignalSeverity.Moderate;
        [Range(0, 30)]
        public double MinimumScore { get; init; }
        public string[] Countries { get; init; } = [];
        public bool Enabled { get; init; } = true;
    }

    public static void MapAlerts(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/alerts").WithTags("Alerts");
        group.MapGet("/", async Task<Ok<List<AlertDto>>> (AlertStatus? status, VigilDb db, CancellationToken ct) =>
        {
            var alerts = await db.Set<Alert>().AsNoTracking().Include(a => a.Signals)
                .Where(a => status == null || a.Status == status).NewestFirst().ToListAsync(ct);
            var measures = await db.MeasuresOfAsync([.. alerts.Select(a => a.Id)], ct);
            return TypedResults.Ok(alerts.Select(a => AlertDto.From(a, measures.GetValueOrDefault(a.Id) ?? [])).ToList());
        }).WithSummary("Alerts, last updated first, then latest month first; ?status=new|acknowledged|escalated|actioned|closed.");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One alert with its dated, attributed history and the signals that raised it.");
        group.MapPost("/raise", async Task<Results<Ok<RaiseAlerts.Outcome>, ForbidHttpResult>> (HttpContext http, RaiseAlerts raise, CancellationToken ct) =>
            RaiseAlerts.CanRaise(http.Viewer()) ? TypedResults.Ok(await raise.RunAsync(ct)) : TypedResults.Forbid())
            .WithSummary("Turns new signals into alerts by the rules; signals for an open alert of the same rule and place are merged into it.")
            .WithDescription("Roles: admin, analyst.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        MapStep(group, "acknowledge", AlertStatus.Acknowledged);
        MapStep(group, "escalate", AlertStatus.Escalated);
        MapStep(group, "action", AlertStatus.Actioned);
        MapStep(group, "close", AlertStatus.Closed);

        group.MapGet("/rules", async (VigilDb db, CancellationToken ct) => TypedResults.Ok(await db.Set<AlertRule>().AsNoTracking().ToListAsync(ct)))
            .WithSummary("The rules that turn signals into alerts.");
        // Rules decide what reaches every organisation's inboxes: admins of an organisation entitled to shared settings edit them;
        // every signed-in user reads them.
        var rules = group.MapGroup("/rules").RequireAuthorization(AdminPolicy.Name, SharedSettingsPolicy.Name);
        rules.MapPost("/", async (RuleRequest request, HttpContext http, VigilDb db, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var rule = AlertRule.Create(request.Name, request.Origin, now, http.Viewer().Name);
            rule.Edit(request.Name, request.Origin, request.Measure, request.MinimumSeverity, request.MinimumScore, request.Countries, request.Enabled, now, http.Viewer().Name);
            db.Add(rule);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/v1/alerts/rules/{rule.Id}", rule);
        }).WithSummary("Adds a rule (threshold, severity, country scope).")
            .ProducesValidationProblem();
        rules.MapPut("/{id:guid}", async Task<Results<Ok<AlertRule>, NotFound>> (Guid id, RuleRequest request, HttpContext http, VigilDb db, TimeProvider time, CancellationToken ct) =>
        {
            var rule = await db.Set<AlertRule>().FindAsync([id], ct);
            if (rule is null)
            {
                return TypedResults.NotFound();
            }
            rule.Edit(request.Name, request.Origin, request.Measure, request.MinimumSeverity, request.MinimumScore, request.Countries, request.Enabled,
                time.GetUtcNow().UtcDateTime, http.Viewer().Name);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(rule);
        }).WithSummary("Edits a rule.")
            .ProducesValidationProblem();
        // Said once for the group: the admin policy answers 403 (ProblemDetails) to anyone else's edits.
        rules.ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<AlertDetailDto>, NotFound>> GetAsync(Guid id, HttpContext http, VigilDb db, CancellationToken ct)
    {
        http.KeepUncompressedOverHttps();
        var alert = await db.Set<Alert>().AsNoTracking().Include(a => a.Signals).Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (alert is null)
        {
            return TypedResults.NotFound();
        }
        var ids = alert.Signals.Select(s => s.SignalId).ToList();
        var signals = await db.Set<Signal>().AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Period).ToListAsync(ct);
        return TypedResults.Ok(new AlertDetailDto(AlertDto.From(alert, [.. signals.Select(s => s.Measure).Distinct().Order(StringComparer.Ordinal)]),
            alert.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => TransitionDto.For(h, http.Viewer())).ToList(),
            signals.Select(s => new SignalDto(s.Id, s.CountryIso3, s.Admin1, s.Period.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                s.Measure, s.Observed, s.Expected, s.Score, s.Severity, s.Indicators.Split(';', StringSplitOptions.RemoveEmptyEntries))).ToList()));
    }

    private static void MapStep(RouteGroupBuilder group, string verb, AlertStatus to) =>
        group.MapPost($"/{{id:guid}}/{verb}", async Task<Results<Ok<AlertDto>, NotFound, ForbidHttpResult>> (Guid id, StepRequest? request, HttpContext http,
            StepAlert step, VigilDb db, CancellationToken ct) =>
        {
            if (!StepAlert.CanStep(http.Viewer()))
            {
                return TypedResults.Forbid();
            }
            var classification = AssessmentRequests.ParseEnum<Classification>(request?.NoteClassification, "noteClassification")
                ?? AlertTransition.DefaultNoteClassification;
            var alert = await step.RunAsync(new StepAlert.Request(id, to, request?.Note, classification), http.Viewer(), ct);
            if (alert is null)
            {
                return TypedResults.NotFound();
            }
            var measures = await db.MeasuresOfAsync([alert.Id], ct);
            return TypedResults.Ok(AlertDto.From(alert, measures.GetValueOrDefault(alert.Id) ?? []));
        }).WithSummary($"Moves the alert to '{verb}' (forward only; 409 otherwise), dated and attributed to the signed-in user; "
            + "body { note?, noteClassification?: public|internal (default)|restricted|confidential }, the note owned by the user's organisation.")
            // ForbidHttpResult carries no metadata of its own: the 403 is among the rule answers.
            .ProducesRuleProblems();
}

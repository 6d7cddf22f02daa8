using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.App.Hosting;
using Vigil.Assessment;

namespace Vigil.App.Api;

public static class FrameworkApi
{
    public sealed record FrameworkDto(string Id, string Version, LocalizedText Name, string Source,
        IReadOnlyDictionary<string, LocalizedText> Crimes, LocalizedText EthnicCleansing, int IndicatorCount, IReadOnlyList<FactorDto> RiskFactors)
    {
        public static FrameworkDto From(FrameworkDefinition f) => new(f.Id, f.Version, f.Name, f.Source, f.Crimes, f.EthnicCleansing,
            f.Indicators.Count(),
            f.RiskFactors.Select(r => new FactorDto(r.Id, r.Number, r.Kind, r.Crimes, r.Title, r.Summary,
                new CompletenessDto(r.Completeness.Status, r.Indicators.Count, r.Completeness.ExpectedIndicators, r.Completeness.Note),
                r.Indicators.Select(i => new IndicatorDto(i.Id, i.Text, i.Check, i.Gender)).ToList(), r.UnnumberedThemes)).ToList());
    }

    public sealed record FactorDto(string Id, int Number, string Kind, IReadOnlyList<string> Crimes, LocalizedText Title, LocalizedText Summary,
        CompletenessDto Completeness, IReadOnlyList<IndicatorDto> Indicators, IReadOnlyList<LocalizedText> UnnumberedThemes);

    /// <summary>Listed = indicators in this file; expected = the Framework's own count when known (null: unknown).</summary>
    public sealed record CompletenessDto(string Status, int Listed, int? Expected, LocalizedText Note);

    public sealed record IndicatorDto(string Id, LocalizedText Text, string Check, bool Gender);

    public sealed record VersionDto(string Id, string Version, DateTime ImportedAt);

    /// <summary>The version the caller's organisation uses for new assessments; <c>Chosen</c> false = none chosen, Vigil's shipped default.</summary>
    public sealed record ChoiceDto(string Id, string Version, bool Chosen, string? ChosenBy, DateTime? ChosenAt);

    public sealed record ChooseBody(string Version);

    /// <summary>An official-text import: the version compared with, the proposed version, every indicator change; <c>Accepted</c> false = preview, nothing stored.</summary>
    public sealed record OfficialTextDto(string BaseVersion, string Version, IReadOnlyList<string> RiskFactors, int IndicatorCount, FrameworkChanges Changes, bool Accepted);

    private const long MaxCsvBytes = 2_000_000;

    public static void MapFramework(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/framework").WithTags("Framework");
        group.MapGet("/", async Task<Results<Ok<FrameworkDto>, NotFound>> (string? version, string? id, FrameworkCatalog catalog, CancellationToken ct) =>
            await catalog.GetAsync(id ?? FrameworkCatalog.DefaultFrameworkId, version, ct) is { } f
                ? TypedResults.Ok(FrameworkDto.From(f))
                : TypedResults.NotFound())
            .WithSummary("The risk framework (latest version unless ?version= is given): 14 risk factors, their indicators and how complete each list is.");
        group.MapGet("/versions", async (FrameworkCatalog catalog, CancellationToken ct) =>
            TypedResults.Ok((await catalog.ListAsync(ct)).Select(v => new VersionDto(v.Id, v.Version, v.ImportedAt))))
            .WithSummary("Every stored framework version.");
        group.MapGet("/export", async Task<Results<ContentHttpResult, NotFound>> (string? version, FrameworkCatalog catalog, CancellationToken ct) =>
            await catalog.ExportAsync(FrameworkCatalog.DefaultFrameworkId, version, ct) is { } json
                ? TypedResults.Text(json, "application/json")
                : TypedResults.NotFound())
            .WithSummary("The framework file as stored, to edit and import as a new version.")
            // The stored file has the fields the import reads (FrameworkDto's, less the counted ones).
            .Produces<FrameworkDto>(StatusCodes.Status200OK, "application/json");
        group.MapGet("/changes", async (FrameworkCatalog catalog, CancellationToken ct) =>
            TypedResults.Ok(await catalog.HistoryAsync(FrameworkCatalog.DefaultFrameworkId, ct)))
            .WithSummary("What changed from each stored version to the next: risk-factor titles and indicators added, removed, renumbered or reworded.");
        group.MapGet("/choice", async (HttpContext context, FrameworkCatalog catalog, CancellationToken ct) =>
            TypedResults.Ok(await ChoiceAsync(context, catalog, ct)))
            .WithSummary("The framework version your organisation's new assessments use (its admin's choice, else the version Vigil ships).");
        group.MapPut("/choice", async Task<Results<Ok<ChoiceDto>, ValidationProblem>> (ChooseBody body, HttpContext context, ChooseFrameworkVersion choose, FrameworkCatalog catalog, CancellationToken ct) =>
        {
            await choose.RunAsync(new ChooseFrameworkVersion.Request(body.Version), ct);
            return TypedResults.Ok(await ChoiceAsync(context, catalog, ct));
        })
        .RequireAuthorization(AdminPolicy.Name)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithSummary("Choose the framework version your organisation's new assessments use. Existing assessments keep theirs; drafts can be moved.")
        .WithDescription("Roles: admin (of their own organisation).");
        group.MapPost("/", async Task<Results<Created<FrameworkDto>, ProblemHttpResult>> (HttpRequest request, FrameworkCatalog catalog, CancellationToken ct) =>
        {
            if (request.ContentLength > 2_000_000)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "A framework file is at most 2 MB.");
            }
            using var reader = new StreamReader(request.Body);
            var viewer = request.HttpContext.Viewer();
            var definition = await catalog.ImportAsync(await reader.ReadToEndAsync(ct), "request body", viewer.OrganizationId, viewer.Name, ct);
            return TypedResults.Created($"/api/v1/framework?version={Uri.EscapeDataString(definition.Version)}", FrameworkDto.From(definition));
        })
        .Accepts<FrameworkDto>("application/json")
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesValidationProblem()
        .ProducesValidationProblem(StatusCodes.Status409Conflict)
        // A version is read by every organisation that chooses it: only admins of an organisation entitled to publish frameworks (UN) import.
        .RequireAuthorization(AdminPolicy.Name, SharedSettingsPolicy.Name)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithSummary("Import a revised framework as a new version (JSON in the export's shape). It becomes your organisation's choice; others keep theirs until their admin chooses it.")
        .WithDescription("Roles: admin of a UN organisation.");

        group.MapPost("/official-text/preview", async Task<Results<Ok<OfficialTextDto>, ProblemHttpResult>> (HttpRequest request, string? version, string? baseVersion, ImportOfficialText import, CancellationToken ct) =>
            await OfficialTextAsync(request, version, baseVersion, accept: false, import, ct) is { } outcome
                ? TypedResults.Ok(outcome)
                : TooLarge())
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesValidationProblem()
        .RequireAuthorization(AdminPolicy.Name, SharedSettingsPolicy.Name)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithSummary("Check an official indicator list (CSV riskFactor,number,text_en,text_zh) and list every indicator it adds, removes, renumbers or rewords. Stores nothing.")
        .WithDescription("Roles: admin of a UN organisation.");
        group.MapPost("/official-text", async Task<Results<Created<OfficialTextDto>, ProblemHttpResult>> (HttpRequest request, string? version, string? baseVersion, ImportOfficialText import, CancellationToken ct) =>
            await OfficialTextAsync(request, version, baseVersion, accept: true, import, ct) is { } outcome
                ? TypedResults.Created($"/api/v1/framework?version={Uri.EscapeDataString(outcome.Version)}", outcome)
                : TooLarge())
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesValidationProblem()
        .ProducesValidationProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(AdminPolicy.Name, SharedSettingsPolicy.Name)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithSummary("Accept an official indicator list as a new framework version (text marked verified; pass the preview's baseVersion). It becomes your organisation's choice only.")
        .WithDescription("Roles: admin of a UN organisation.");
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "An indicator list is at most 2 MB.");

    /// <summary>Null when the body is too large.</summary>
    private static async Task<OfficialTextDto?> OfficialTextAsync(HttpRequest request, string? version, string? baseVersion, bool accept, ImportOfficialText import, CancellationToken ct)
    {
        if (request.ContentLength > MaxCsvBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxCsvBytes)
        {
            return null;
        }
        var csv = OfficialTextCsv.Decode(buffer.ToArray(), "request body");
        var outcome = await import.RunAsync(new ImportOfficialText.Request(csv, "request body", version, baseVersion, accept), ct);
        return new OfficialTextDto(outcome.Base.Version, outcome.Proposed.Version, outcome.RiskFactors, outcome.Proposed.Indicators.Count(), outcome.Changes, outcome.Accepted);
    }

    private static async Task<ChoiceDto> ChoiceAsync(HttpContext context, FrameworkCatalog catalog, CancellationToken ct)
    {
        var organizationId = context.Viewer().OrganizationId;
        var choice = await catalog.ChoiceOfAsync(organizationId, ct);
        var used = await catalog.DefaultForAsync(organizationId, ct);
        return new ChoiceDto(used.Id, used.Version, choice is not null, choice?.ChosenBy, choice?.ChosenAt);
    }
}

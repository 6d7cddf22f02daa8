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
        group.MapPost("/", async Task<Results<Created<FrameworkDto>, ProblemHttpResult>> (HttpRequest request, FrameworkCatalog catalog, CancellationToken ct) =>
        {
            if (request.ContentLength > 2_000_000)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "A framework file is at most 2 MB.");
            }
            using var reader = new StreamReader(request.Body);
            var definition = await catalog.ImportAsync(await reader.ReadToEndAsync(ct), "request body", ct);
            return TypedResults.Created($"/api/v1/framework?version={Uri.EscapeDataString(definition.Version)}", FrameworkDto.From(definition));
        })
        .Accepts<FrameworkDto>("application/json")
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesValidationProblem()
        .ProducesValidationProblem(StatusCodes.Status409Conflict)
        // A version is read by every organisation's next assessment: only admins of an organisation entitled to publish frameworks (UN) import.
        .RequireAuthorization(AdminPolicy.Name, FrameworkPublisherPolicy.Name)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithSummary("Import a revised framework as a new version (JSON in the export's shape). Existing assessments keep their version.")
        .WithDescription("Roles: admin of a UN organisation.");
    }
}

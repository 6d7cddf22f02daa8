using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.App.Hosting;
using Vigil.Countries;
using Vigil.Security;
using Vigil.Situations.Cases;
using Vigil.Storage;

namespace Vigil.App.Api;

public static class CasesApi
{
    /// <summary>
    /// A case of the library. <c>isExample</c>: an example entry written for training, with its public sources;
    /// <c>ratingsIllustrative</c>: the para-30 ratings are illustrative, not findings.
    /// </summary>
    public sealed record CaseDto(Guid Id, string CountryIso3, string CountryName, LocalizedText Title, LocalizedText Summary,
        string PeriodStart, string PeriodEnd, string Outcome, IReadOnlyList<CaseTimelineEntry> Timeline, IReadOnlyList<string> Options,
        IReadOnlyList<CaseActor> Actors, IReadOnlyList<CaseFactor> Factors, IReadOnlyList<CaseSource> Sources, bool RatingsIllustrative,
        bool IsExample, Classification Classification, Guid? SourceSituationId, DateTime UpdatedAt)
    {
        public static CaseDto From(PreventionCase c) => new(c.Id, c.CountryIso3, CountryCatalog.Embedded.Find(c.CountryIso3)?.Name.En ?? c.CountryIso3,
            c.Title, c.Summary, c.PeriodStart, c.PeriodEnd, c.Outcome, c.Timeline, c.Options, c.Actors, c.Factors, c.Sources,
            c.RatingsIllustrative, c.IsExample, c.Classification, c.SourceSituationId, c.UpdatedAt);
    }

    public static void MapCases(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/cases").WithTags("Cases");
        group.ProducesRuleProblemsOnWrites();

        group.MapGet("/", async (string? q, string? country, HttpContext context, VigilDb db, CancellationToken ct) =>
            TypedResults.Ok((await db.SearchCasesAsync(context.Viewer(), q, country, ct)).Select(CaseDto.From).ToList()))
            .WithSummary("The cases you may see, newest first; ?q= searches titles, summaries, timelines, actors and evidence in English and "
                + "Chinese (every space-separated term must occur, as a substring: 调解 or 西非 work without spaces); ?country=ISO3.");

        group.MapGet("/analysis", async (HttpContext context, VigilDb db, CancellationToken ct) =>
            TypedResults.Ok(CaseAnalysis.Of(await db.SearchCasesAsync(context.Viewer(), null, null, ct))))
            .WithSummary("For each prevention option and each effectiveness factor (by rating), the outcomes of the cases that had it, "
                + $"with the number of cases behind every figure; caution: true under {CaseAnalysis.CautionBelow} cases.");

        group.MapGet("/{id:guid}", async Task<Results<Ok<CaseDto>, NotFound>> (Guid id, HttpContext context, VigilDb db, CancellationToken ct) =>
            await db.LoadCaseAsync(id, context.Viewer(), ct) is { } c ? TypedResults.Ok(CaseDto.From(c)) : TypedResults.NotFound())
            .WithSummary("One case with its timeline, options used, actors, outcome, rated factors and sources.");

        group.MapPost("/", async (CaseInput body, HttpContext context, RecordCase record, CancellationToken ct) =>
        {
            var created = await record.CreateAsync(body, context.Viewer().Name, ct);
            return TypedResults.Created($"/api/v1/cases/{created.Id}", CaseDto.From(created));
        }).WithSummary("Enter a past case: { countryIso3, title: {en, zh?}, summary?, periodStart, periodEnd?, outcome: averted|limited|not-prevented|unclear, "
            + "timeline: [{ date, text: {en, zh?} }], options: [option ids], actors: [{ name: {en, zh?}, kind }], "
            + "factors: [{ factor, rating: strong|partial|weak|absent|not-rated, evidence: {en, zh?} }], sources: [{ citation, url? }], "
            + "ratingsIllustrative?, classification? }. Owned by your organisation.");
    }
}

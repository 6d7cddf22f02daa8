using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Actors;
using Vigil.App.Hosting;
using Vigil.Security;
using Vigil.Situations;
using ActorKind = Vigil.Actors.ActorKind;

namespace Vigil.App.Api;

/// <summary>The actor register: a country's actors with counts per source identity, an actor's page, and the analyst's merges, kinds and affiliations.</summary>
public static class ActorsApi
{
    public sealed record SourceDto(string Source, string SourceActorId, string Name, int Events, int CivilianEvents, long Deaths)
    {
        public static SourceDto From(ActorSourceCounts s) => new(s.Source, s.SourceActorId, s.Name, s.Events, s.CivilianEvents, s.Deaths);
    }

    /// <summary>A register entry: kind in kebab-case (state-forces, rebel-group, political-militia, communal-militia, external-force, other); counts per source identity, never summed across sources.</summary>
    public sealed record ActorDto(Guid Id, string Name, string Kind, bool KindConfirmed, string CountryIso3, Classification Classification,
        Guid? MergedIntoId, IReadOnlyList<SourceDto> Sources)
    {
        public static ActorDto From(Actor a, IEnumerable<ActorSourceCounts> sources) => new(a.Id, a.Name, KebabCase.Of(a.Kind), a.KindConfirmed,
            a.CountryIso3, a.Classification, a.MergedIntoId, sources.Select(SourceDto.From).ToList());
    }

    public sealed record MonthDto(string Month, int Events, int CivilianEvents, long Deaths);

    public sealed record SeriesDto(string Source, string SourceActorId, IReadOnlyList<MonthDto> Months);

    public sealed record EventDto(string Source, string SourceId, DateOnly Date, string? CountryIso3, string? Admin1, string? Place, string? EventType,
        bool OneSided, int? Deaths, string? Actor1, string? Actor2);

    public sealed record CountDto(string Source, string? CountryIso3, string Name, int Events);

    public sealed record PartDto(Guid Id, string Name);

    public sealed record AffiliationDto(Guid Id, string Kind, Guid ActorId, Guid RelatedActorId, string OtherName, DateOnly? From, DateOnly? To);

    public sealed record ActorDetailDto(Guid Id, string Name, string Kind, bool KindConfirmed, string CountryIso3, Classification Classification,
        Guid? MergedIntoId, IReadOnlyList<SourceDto> Sources, IReadOnlyList<SeriesDto> Series, IReadOnlyList<EventDto> Events,
        IReadOnlyList<CountDto> Areas, IReadOnlyList<CountDto> Counterparts, IReadOnlyList<PartDto> MergedFrom, IReadOnlyList<AffiliationDto> Affiliations,
        bool Named, string RequiredStandard)
    {
        /// <summary>The actor, and whether it is named (an approved assessment at the viewer's organisation's standard and a recorded decision).</summary>
        public static ActorDetailDto From(ActorDetails d, Vigil.Actors.Assessments.ActorNamingStatus naming) => new(d.Actor.Id, d.Actor.Name, KebabCase.Of(d.Actor.Kind), d.Actor.KindConfirmed,
            d.Actor.CountryIso3, d.Actor.Classification, d.Actor.MergedIntoId, d.Sources.Select(SourceDto.From).ToList(),
            d.Series.Select(s => new SeriesDto(s.Source, s.SourceActorId, s.Months.Select(m => new MonthDto(m.MonthText, m.Events, m.CivilianEvents, m.Deaths)).ToList())).ToList(),
            d.Events.Select(e => new EventDto(e.Source, e.SourceId, e.Date, e.CountryIso3, e.Admin1, e.Place, e.EventType, e.OneSided, e.Deaths, e.Actor1, e.Actor2)).ToList(),
            d.Areas.Select(c => new CountDto(c.Source, c.CountryIso3, c.Name, c.Events)).ToList(),
            d.Counterparts.Select(c => new CountDto(c.Source, c.CountryIso3, c.Name, c.Events)).ToList(),
            d.Parts.Select(p => new PartDto(p.Id, p.Name)).ToList(),
            d.Affiliations.Select(a => new AffiliationDto(a.Affiliation.Id, KebabCase.Of(a.Affiliation.Kind), a.Affiliation.ActorId, a.Affiliation.RelatedActorId,
                a.OtherName, a.Affiliation.From, a.Affiliation.To)).ToList(),
            naming.Named, KebabCase.Of(naming.Required));
    }

    public sealed record SuggestionDto(Guid FirstId, string FirstName, Guid SecondId, string SecondName, double Similarity);

    public sealed class MergeRequest
    {
        [Required]
        public Guid[] ActorIds { get; init; } = [];

        [MaxLength(Actor.NameMaxLength)]
        public string? Name { get; init; }
    }

    /// <summary>Kind and classification as words; either may be left out.</summary>
    public sealed class KindRequest
    {
        public string? Kind { get; init; }
        public string? Classification { get; init; }
    }

    public sealed class AffiliationRequest
    {
        public Guid RelatedActorId { get; init; }

        /// <summary>allied-to or unit-of.</summary>
        public string? Kind { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
    }

    public static void MapActors(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/actors").WithTags("Actors");
        // Every write runs the register's rules and the roles of the owning organisation (analysts, admins).
        group.ProducesRuleProblemsOnWrites();

        group.MapGet("/", async Task<Results<Ok<List<ActorDto>>, ValidationProblem>> (string? country, string? q, string? kind, HttpContext http,
            ActorQueries queries, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(country))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["country"] = ["country is required: an ISO 3166 alpha-3 code."] });
            }
            var rows = await queries.ListAsync(http.Viewer(), new ActorQuery(country, q, KebabCase.Parse<ActorKind>(kind, "kind")), ct);
            return TypedResults.Ok(rows.Select(r => ActorDto.From(r.Actor, r.Sources)).ToList());
        }).WithSummary("A country's actors in your organisation's register: ?country=ISO3 (required), ?q= name search, ?kind=state-forces|rebel-group|political-militia|communal-militia|external-force|other. Counts (events, civilianEvents = one-sided violence, deaths) are per source identity in that country, never summed across sources.");

        group.MapGet("/suggestions", async Task<Results<Ok<List<SuggestionDto>>, ValidationProblem>> (string? country, HttpContext http,
            MergeSuggestions suggestions, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(country))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["country"] = ["country is required: an ISO 3166 alpha-3 code."] });
            }
            var found = await suggestions.ForCountryAsync(http.Viewer(), new ActorQuery(country), ct);
            return TypedResults.Ok(found.Select(s => new SuggestionDto(s.First.Actor.Id, s.First.Actor.Name, s.Second.Actor.Id, s.Second.Actor.Name, s.Similarity)).ToList());
        }).WithSummary("Suggested merges in a country by name similarity (never applied automatically): ?country=ISO3.");

        group.MapGet("/{id:guid}", async Task<Results<Ok<ActorDetailDto>, NotFound>> (Guid id, HttpContext http, ActorQueries queries, Vigil.Storage.VigilDb db, CancellationToken ct) =>
            await DetailAsync(queries, db, http.Viewer(), id, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound())
            .WithSummary("An actor: counts and monthly series per source identity, its latest events, admin-1 areas, counterparts, merged entries and affiliations; `named` and `requiredStandard`: whether it is named by the viewer's organisation's evidentiary standard.");

        group.MapPost("/merge", async Task<Results<Created<ActorDetailDto>, ValidationProblem>> (MergeRequest body, HttpContext http, MergeActors merge,
            ActorQueries queries, Vigil.Storage.VigilDb db, CancellationToken ct) =>
        {
            Authorize(http.Viewer());
            // An id that is unknown or hidden from the caller is a bad reference in the body (400), not a missing resource.
            var merged = await merge.RunAsync(new(body.ActorIds, body.Name), ct);
            if (merged is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["actorIds"] = ["actorIds: an actor is not in your organisation's register."] });
            }
            return TypedResults.Created($"/api/v1/actors/{merged.Id}", (await DetailAsync(queries, db, http.Viewer(), merged.Id, ct))!);
        }).WithSummary("Merge actors an analyst judges to be one: { actorIds: [id, id, …], name? }. Every source identity keeps its own counts; undo with /{mergeId}/unmerge.")
            .WithDescription("Roles: admin, analyst.");

        group.MapPost("/{mergeId:guid}/unmerge", async Task<Results<Ok<List<PartDto>>, NotFound>> (Guid mergeId, UnmergeActor unmerge, CancellationToken ct) =>
            await unmerge.RunAsync(new(mergeId), ct) is { } parts ? TypedResults.Ok(parts.Select(p => new PartDto(p.Id, p.Name)).ToList()) : TypedResults.NotFound())
            .WithSummary("Undo a merge: the merged actors stand on their own again, with every event and count.")
            .WithDescription("Roles: admin, analyst.");

        group.MapPost("/{id:guid}/kind", async Task<Results<Ok<ActorDetailDto>, NotFound>> (Guid id, KindRequest body, HttpContext http, SetActorKind set,
            ActorQueries queries, Vigil.Storage.VigilDb db, CancellationToken ct) =>
        {
            var actor = await set.RunAsync(new(id, KebabCase.Parse<ActorKind>(body.Kind, "kind"), KebabCase.Parse<Classification>(body.Classification, "classification")), ct);
            return actor is not null && await DetailAsync(queries, db, http.Viewer(), id, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound();
        }).WithSummary("Set an actor's kind { kind?: state-forces|rebel-group|political-militia|communal-militia|external-force|other, classification?: public|internal|restricted|confidential }; a kind set here is kept by later rebuilds.")
            .WithDescription("Roles: admin, analyst.");

        group.MapPost("/{id:guid}/affiliations", async Task<Results<Created<AffiliationDto>, NotFound, ValidationProblem>> (Guid id, AffiliationRequest body,
            HttpContext http, EditableActors actors, AffiliateActors affiliate, CancellationToken ct) =>
        {
            var kind = KebabCase.Required<AffiliationKind>(body.Kind, "kind");
            if (await actors.LoadAsync(id, ct) is null)
            {
                return TypedResults.NotFound();
            }
            var link = await affiliate.RunAsync(new(id, body.RelatedActorId, kind, body.From, body.To), ct);
            if (link is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["relatedActorId"] = ["relatedActorId: no such actor in your organisation's register."] });
            }
            return TypedResults.Created($"/api/v1/actors/{id}", new AffiliationDto(link.Id, KebabCase.Of(link.Kind), link.ActorId, link.RelatedActorId, "", link.From, link.To));
        }).WithSummary("Tie the actor to another of your register: { relatedActorId, kind: allied-to|unit-of, from?, to? }.")
            .WithDescription("Roles: admin, analyst.");

        group.MapDelete("/{id:guid}/affiliations/{affiliationId:guid}", async Task<Results<NoContent, NotFound>> (Guid id, Guid affiliationId,
            AffiliateActors affiliate, CancellationToken ct) =>
            await affiliate.RemoveAsync(id, affiliationId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Remove an affiliation of the actor.")
            .WithDescription("Roles: admin, analyst.");
    }

    private static void Authorize(Viewer viewer)
    {
        if (!viewer.IsSystem && !Roles.CanEdit(viewer.Role))
        {
            throw new AccessDeniedException("Only analysts and admins change the actor register.");
        }
    }

    /// <summary>An actor the viewer may see, with whether it is named by the viewer's organisation's standard; null otherwise.</summary>
    private static async Task<ActorDetailDto?> DetailAsync(ActorQueries queries, Vigil.Storage.VigilDb db, Viewer viewer, Guid id, CancellationToken ct) =>
        await queries.DetailsAsync(viewer, id, ct) is { } d
            ? ActorDetailDto.From(d, await Vigil.Actors.Assessments.ActorAssessmentQueries.NamingOfActorAsync(db, id, viewer, ct))
            : null;
}

using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Countries;
using Vigil.Events;
using Vigil.Events.Browse;
using Vigil.Events.Series;

namespace Vigil.App.Api;

public static class EventsApi
{
    /// <summary>A series row with the same names as the CSV columns.</summary>
    public sealed record SeriesRowDto(
        [property: JsonPropertyName("country")] string Country,
        [property: JsonPropertyName("admin1")] string Admin1,
        [property: JsonPropertyName("month")] string Month,
        [property: JsonPropertyName("events")] int Events,
        [property: JsonPropertyName("fatalities")] int Fatalities,
        [property: JsonPropertyName("civilian_events")] int CivilianEvents,
        [property: JsonPropertyName("civilian_deaths")] int CivilianDeaths)
    {
        public static SeriesRowDto From(SeriesRow r) => new(r.Country, r.Admin1, r.MonthText, r.Events, r.Fatalities, r.CivilianEvents, r.CivilianDeaths);
    }

    /// <summary>A by-actor series row with the same names as the CSV columns.</summary>
    public sealed record ActorSeriesRowDto(
        [property: JsonPropertyName("country")] string Country,
        [property: JsonPropertyName("admin1")] string Admin1,
        [property: JsonPropertyName("month")] string Month,
        [property: JsonPropertyName("actor_type")] string ActorType,
        [property: JsonPropertyName("events")] int Events,
        [property: JsonPropertyName("fatalities")] int Fatalities)
    {
        public static ActorSeriesRowDto From(ActorSeriesRow r) => new(r.Country, r.Admin1, r.MonthText, r.ActorType, r.Events, r.Fatalities);
    }

    /// <summary>Response header of the series: how many events dated only to a span longer than a month were spread over its months.</summary>
    public const string SpreadEventsHeader = "X-Vigil-Spread-Events";

    public static void MapEvents(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/events").WithTags("Events");
        group.MapGet("/series", GetSeriesAsync)
            .WithSummary("Monthly events, fatalities and violence against civilians (events, deaths) for a country or one of its admin-1 areas; months without events are zeros. Events dated only to a span longer than a month (GED date_prec 5) are spread over its months as whole events, so the months sum to the events stored; the X-Vigil-Spread-Events header says how many were spread. With by=actor: events and fatalities per month by the primary actor's type (state, rebels, militias, civilians_other).");
        group.MapGet("/coverage", async (EventCoverage coverage, CancellationToken ct) => TypedResults.Ok(await coverage.ListAsync(ct)))
            .WithSummary("Which countries have stored events: per country and source, the events, first and last month (yyyyMM), and the events and civilian deaths of that source's last 12 months.");
        // Beside the country page, not under /api: the page's "Export CSV" link carries the same filters.
        app.MapGet("/events/{iso3}/export.csv", ExportAsync).WithTags("Events")
            .WithSummary("The country's events matching ?q=&from=&to=&sort= as CSV, with an HXL hashtag row under the header.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
    }

    // The CSV is streamed straight to the response, so the 200 answer is Empty here and described by Produces above.
    private static async Task<Results<EmptyHttpResult, NotFound, ValidationProblem>> ExportAsync(string iso3, string? q, string? from, string? to, string? sort,
        HttpContext http, EventSearch search, CountryCatalog countries, CancellationToken cancellationToken)
    {
        if (countries.Find(iso3) is not { } country)
        {
            return TypedResults.NotFound();
        }
        var query = EventQuery.Parse(country.Iso3, q, from, to, sort, null, null);
        if (query.Problems.Count > 0)
        {
            return TypedResults.ValidationProblem(query.Problems.ToDictionary(p => p, p => new[] { $"'{p}' is not valid (dates are YYYY-MM-DD; sort is one of {string.Join(", ", EventQuery.Sorts)})." }));
        }
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"events-{country.Iso3}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false), 64 * 1024);
        await EventCsv.WriteAsync(writer, search.AllAsync(query, cancellationToken), cancellationToken);
        await writer.FlushAsync(cancellationToken);
        return TypedResults.Empty;
    }

    private static async Task<Results<Ok<IReadOnlyList<SeriesRowDto>>, Ok<IReadOnlyList<ActorSeriesRowDto>>, ValidationProblem>> GetSeriesAsync(
        string? country, string? admin1, string? source, string? by, HttpContext http, SeriesQueries queries, CountryCatalog countries, CancellationToken cancellationToken)
    {
        var iso3 = country?.Trim().ToUpperInvariant();
        if (countries.Find(iso3) is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["country"] = [$"'{country}' is not an ISO 3166 alpha-3 code in the country reference."] });
        }
        if (source is not null && !EventSource.All.Contains(source))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["source"] = [$"source must be one of {string.Join(", ", EventSource.All)}."] });
        }
        if (by is not null && by != "actor")
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["by"] = ["by must be 'actor' or left out."] });
        }
        if (by == "actor")
        {
            var actorRows = await queries.ByActorAsync(iso3!, string.IsNullOrWhiteSpace(admin1) ? null : admin1, source, cancellationToken);
            IReadOnlyList<ActorSeriesRowDto> dtos = actorRows?.Select(ActorSeriesRowDto.From).ToList() ?? [];
            return TypedResults.Ok(dtos);
        }
        var series = await queries.ForCountryAsync(iso3!, string.IsNullOrWhiteSpace(admin1) ? null : admin1, source, cancellationToken);
        // The body stays a plain array (its shape is a contract); how many events were spread over their months rides in a header.
        http.Response.Headers[SpreadEventsHeader] = (series?.SpreadEvents ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        IReadOnlyList<SeriesRowDto> rows = series?.Rows.Select(SeriesRowDto.From).ToList() ?? [];
        return TypedResults.Ok(rows);
    }
}

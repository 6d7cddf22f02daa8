using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Countries;
using Vigil.Events;
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

    public static void MapEvents(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/events").WithTags("Events");
        group.MapGet("/series", GetSeriesAsync)
            .WithSummary("Monthly events, fatalities and violence against civilians (events, deaths) for a country or one of its admin-1 areas; months without events are zeros.");
    }

    private static async Task<Results<Ok<IReadOnlyList<SeriesRowDto>>, ValidationProblem>> GetSeriesAsync(
        string? country, string? admin1, string? source, SeriesQueries queries, CountryCatalog countries, CancellationToken cancellationToken)
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
        var series = await queries.ForCountryAsync(iso3!, string.IsNullOrWhiteSpace(admin1) ? null : admin1, source, cancellationToken);
        IReadOnlyList<SeriesRowDto> rows = series?.Rows.Select(SeriesRowDto.From).ToList() ?? [];
        return TypedResults.Ok(rows);
    }
}

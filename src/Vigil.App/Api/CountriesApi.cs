using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Countries;

namespace Vigil.App.Api;

public static class CountriesApi
{
    public sealed record CountryDto(string Iso3, int? Cow, LocalizedText Name, string Status);

    public static void MapCountries(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/countries").WithTags("Countries");
        group.MapGet("/", (CountryCatalog countries) =>
            TypedResults.Ok(countries.All.Select(c => new CountryDto(c.Iso3, c.Cow, c.Name, c.Status))))
            .WithSummary("Every country and territory in the reference, with ISO 3166 alpha-3, COW code and names in English and Chinese.");
        group.MapGet("/{iso3}", Results<Ok<CountryDto>, NotFound> (string iso3, CountryCatalog countries) =>
            countries.Find(iso3) is { } c ? TypedResults.Ok(new CountryDto(c.Iso3, c.Cow, c.Name, c.Status)) : TypedResults.NotFound())
            .WithSummary("One country by ISO3 code.");
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Countries;

public static class CountryServices
{
    public static IServiceCollection AddCountries(this IServiceCollection services) =>
        services.AddSingleton(CountryCatalog.Embedded);
}

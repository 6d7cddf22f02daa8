using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Vigil.TestPages;

/// <summary>
/// The app's Razor pages as its endpoints list them (so a page added later is checked too), for the tests that visit
/// every page (Chinese text, accessibility). Compiled into each test project that uses it.
/// </summary>
internal static class AppPages
{
    /// <summary>One route per Razor page (the shortest: "/" rather than "/Index"), and whether it is open to anonymous visitors.</summary>
    public static List<(string Page, RoutePattern Route, bool AllowsAnonymous)> All(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null)
            .GroupBy(x => x.Page!.ViewEnginePath, StringComparer.Ordinal)
            .Select(g => g.OrderBy(x => x.Endpoint.RoutePattern.RawText?.Length ?? 0).First())
            .Select(x => (x.Page!.ViewEnginePath, x.Endpoint.RoutePattern, x.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null))
            .OrderBy(x => x.ViewEnginePath, StringComparer.Ordinal)];

    /// <summary>
    /// The route with each parameter filled by <paramref name="value"/> (given the route's first literal segment, its
    /// "area", and the parameter's name); null when a parameter has no value.
    /// </summary>
    public static string? Url(RoutePattern route, Func<string, string, string?> value)
    {
        var area = route.PathSegments.Count == 0 ? "" : route.PathSegments[0].Parts.OfType<RoutePatternLiteralPart>().FirstOrDefault()?.Content ?? "";
        var url = new StringBuilder();
        foreach (var segment in route.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                var text = part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => value(area, parameter.Name),
                    _ => null,
                };
                if (text is null)
                {
                    return null;
                }
                url.Append(text);
            }
        }
        return url.Length == 0 ? "/" : url.ToString();
    }
}

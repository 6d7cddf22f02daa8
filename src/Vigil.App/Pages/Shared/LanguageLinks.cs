using Microsoft.AspNetCore.WebUtilities;

namespace Vigil.App.Pages.Shared;

/// <summary>Links of the language switch: /lang?culture=…&amp;returnUrl=&lt;this page&gt;.</summary>
public static class LanguageLinks
{
    public static string For(HttpRequest request, string culture) =>
        QueryHelpers.AddQueryString("/lang", new Dictionary<string, string?> { ["culture"] = culture, ["returnUrl"] = ReturnUrl(request) });

    /// <summary>
    /// The current path and query, less any ?culture= (the query string outranks the cookie,
    /// so keeping it would undo the switch).
    /// </summary>
    public static string ReturnUrl(HttpRequest request)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => !p.Key.Equals("culture", StringComparison.OrdinalIgnoreCase) && !p.Key.Equals("ui-culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }
}

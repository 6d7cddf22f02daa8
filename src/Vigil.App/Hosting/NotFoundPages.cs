using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Vigil.App.Hosting;

/// <summary>
/// The answer to a request that found nothing and wrote no body: a page request (a GET outside <c>/api/</c> from a client
/// that takes HTML or states no preference) gets the site's "not found" page in the reader's language; every other request,
/// and every other status, the ProblemDetails of the default status-code pages.
/// </summary>
public static class NotFoundPages
{
    public const string View = "/Pages/Shared/_NotFound.cshtml";

    private static readonly StatusCodePagesOptions Default = new();

    public static async Task HandleAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status404NotFound || !IsPageRequest(http.Request))
        {
            await Default.HandleAsync(context);
            return;
        }
        // The status-code pages run outside the request localisation, which has restored the thread's culture by now:
        // take the reader's language again from what it chose for this request.
        if (http.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } chosen)
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (chosen.Culture, chosen.UICulture);
        }
        var page = new PartialViewResult { ViewName = View, StatusCode = StatusCodes.Status404NotFound };
        await page.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
    }

    private static bool IsPageRequest(HttpRequest request)
    {
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.Path.StartsWithSegments("/api"))
        {
            return false;
        }
        var accept = request.GetTypedHeaders().Accept;
        return accept.Count == 0 || accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }
}

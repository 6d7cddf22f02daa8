using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Vigil.App.Pages.Shared;

namespace Vigil.App.Hosting;

/// <summary>
/// A page whose policy the signed-in viewer fails (<see cref="AdminPolicy"/>) answers 403 with the site's "not allowed" page, as a
/// step their role does not allow does inside a page (<see cref="VigilPageModel"/>). Left to the authentication schemes, the
/// session cookie would send the browser to the sign-in page instead. The API keeps the schemes' plain 403.
/// </summary>
public sealed class ForbiddenPageResultHandler(IModelMetadataProvider metadata) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _schemes = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
        {
            return _schemes.HandleAsync(next, context, policy, authorizeResult);
        }
        var refusal = new PartialViewResult
        {
            ViewName = VigilPageModel.ForbiddenView,
            StatusCode = StatusCodes.Status403Forbidden,
            ViewData = new ViewDataDictionary<VigilPageModel>(metadata, new ModelStateDictionary()) { Model = new Refusal(SharedText.ForbiddenTitle) },
        };
        return refusal.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), page));
    }

    /// <summary>The model the "not allowed" view shows: only its reason.</summary>
    private sealed class Refusal : VigilPageModel
    {
        public Refusal(string reason) => Error = reason;
    }
}

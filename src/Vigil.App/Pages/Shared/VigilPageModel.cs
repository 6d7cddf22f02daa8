using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.App.Api;
using Vigil.App.Hosting;
using Vigil.Security;

namespace Vigil.App.Pages.Shared;

/// <summary>What every page knows: who is acting, and the one-line outcome of the last action.</summary>
public abstract class VigilPageModel : PageModel
{
    /// <summary>The signed-in person, their organisation and role.</summary>
    public Viewer Viewer => HttpContext.Viewer();

    /// <summary>The signed-in person's name (e-mail), recorded as the actor of every change.</summary>
    public string UserName => Viewer.Name;

    public string Actor => Viewer.Name;

    /// <summary>A broken business rule to show in the error box (role=alert).</summary>
    public string? Error { get; protected set; }

    /// <summary>Shown once after a redirect (post/redirect/get).</summary>
    [TempData]
    public string? Notice { get; set; }

    /// <summary>A 404 that still shows the site's header and a way back.</summary>
    protected IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Partial("_NotFound");
    }

    /// <summary>The "not allowed" view (403 with the reason, on the site's layout); pages only admins may open answer with it too (<see cref="AdminPolicy"/>).</summary>
    public const string ForbiddenView = "/Pages/Shared/_Forbidden.cshtml";

    /// <summary>A step the viewer's role does not allow answers 403 with the reason, on the site's layout.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is AccessDeniedException denied && !executed.ExceptionHandled)
        {
            executed.ExceptionHandled = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Error = denied.Message;
            executed.Result = Partial(ForbiddenView, this);
        }
    }

    protected void ShowRuleBroken(DomainRuleException rule)
    {
        Error = rule.CurrentMessage;
        Response.StatusCode = DomainRuleExceptionHandler.StatusCodeFor(rule);
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
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

    /// <summary>Whether only admins may open the page at all (rules, webhooks, the audit log): others get 403 before any handler runs.</summary>
    protected virtual bool AdminsOnly => false;

    /// <summary>A step the viewer's role does not allow answers 403 with the reason, on the site's layout.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (AdminsOnly && Viewer.Role != Roles.Admin)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Error = SharedText.ForbiddenTitle;
            context.Result = Partial("_Forbidden", this);
            return;
        }
        var executed = await next();
        if (executed.Exception is AccessDeniedException denied && !executed.ExceptionHandled)
        {
            executed.ExceptionHandled = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Error = denied.Message;
            executed.Result = Partial("_Forbidden", this);
        }
    }

    protected void ShowRuleBroken(DomainRuleException rule)
    {
        Error = rule.CurrentMessage;
        Response.StatusCode = rule.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Vigil;
using Vigil.Security;

namespace Vigil.App.Api;

/// <summary>Turns a broken business rule into RFC 7807 ProblemDetails naming the field (400, or 409 for state conflicts).</summary>
public sealed class DomainRuleExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is AccessDeniedException denied)
        {
            httpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 403, Title = "Not allowed.", Detail = denied.Message },
            });
        }
        if (exception is not DomainRuleException rule)
        {
            return false;
        }
        httpContext.Response.StatusCode = rule.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var details = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [rule.Field] = [rule.Message] })
        {
            Status = httpContext.Response.StatusCode,
            Title = rule.Conflict ? "The record's state does not allow this." : "One or more fields are invalid.",
            Detail = rule.Message,
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Vigil;
using Vigil.Security;

namespace Vigil.App.Api;

/// <summary>
/// Turns a broken business rule into RFC 7807 ProblemDetails naming the field (400, or 409 for state conflicts). The one
/// mapping from <see cref="DomainRuleException"/> to an HTTP answer: the pages' error box and the editor's JSON saves use it too.
/// </summary>
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
        if (exception is BadHttpRequestException badRequest)
        {
            httpContext.Response.StatusCode = badRequest.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = ProblemFor(badRequest) });
        }
        if (exception is not DomainRuleException rule)
        {
            return false;
        }
        httpContext.Response.StatusCode = StatusCodeFor(rule);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = ProblemFor(rule, rule.Message), Exception = exception });
    }

    /// <summary>
    /// A request body or parameter that did not bind: a JSON error names its field by the serializer's path (`$.severity` →
    /// `severity`, `$.evidence[0].grade` → `evidence[0].grade`) and says what was wrong without echoing the value.
    /// </summary>
    public static HttpValidationProblemDetails ProblemFor(BadHttpRequestException badRequest)
    {
        var json = badRequest.InnerException as System.Text.Json.JsonException;
        var field = json?.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : "body";
        var message = json is null
            ? badRequest.Message
            : field == "body"
                ? $"The body is not valid JSON (line {json.LineNumber + 1}, position {json.BytePositionInLine + 1})."
                : $"'{field}' has the wrong type or format.";
        return new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = badRequest.StatusCode,
            Title = "One or more fields are invalid.",
            Detail = message,
        };
    }

    /// <summary>409 when the record's state forbids the request, else 400.</summary>
    public static int StatusCodeFor(DomainRuleException rule) =>
        rule.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;

    /// <summary>
    /// The problem naming the field; <paramref name="message"/> is the rule's English message for the API, or its wording in the
    /// page's language for the editor's scripts.
    /// </summary>
    public static HttpValidationProblemDetails ProblemFor(DomainRuleException rule, string message) =>
        new(new Dictionary<string, string[]> { [rule.Field] = [message] })
        {
            Status = StatusCodeFor(rule),
            Title = rule.Conflict ? "The record's state does not allow this." : "One or more fields are invalid.",
            Detail = message,
        };
}

using Microsoft.AspNetCore.Mvc;

namespace Vigil.App.Api;

/// <summary>
/// Tells OpenAPI about the answers <see cref="DomainRuleExceptionHandler"/> gives when a use case refuses a request:
/// they are thrown, not returned, so no typed result can say them.
/// </summary>
public static class RuleProblemMetadata
{
    private const string Problem = "application/problem+json";

    /// <summary>
    /// 400 naming the field, 409 when the record's state does not allow the step (both ValidationProblemDetails),
    /// 403 when the user's role does not (ProblemDetails).
    /// </summary>
    public static RouteHandlerBuilder ProducesRuleProblems(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(Answers());

    /// <summary>The same answers on every endpoint of the group that changes something (any method but GET): those run the use cases' rules.</summary>
    public static RouteGroupBuilder ProducesRuleProblemsOnWrites(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().Any(m => m.HttpMethods.Any(method => !HttpMethods.IsGet(method))))
            {
                foreach (var answer in Answers())
                {
                    endpoint.Metadata.Add(answer);
                }
            }
        });
        return group;
    }

    private static object[] Answers() =>
    [
        new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), [Problem]),
        new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(HttpValidationProblemDetails), [Problem]),
        new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), [Problem]),
    ];
}

namespace Vigil.App.Api;

/// <summary>
/// Tells OpenAPI about the answers <see cref="DomainRuleExceptionHandler"/> gives when a use case refuses a request:
/// they are thrown, not returned, so no typed result can say them.
/// </summary>
public static class RuleProblemMetadata
{
    /// <summary>
    /// 400 naming the field, 409 when the record's state does not allow the step (both ValidationProblemDetails),
    /// 403 when the user's role does not (ProblemDetails).
    /// </summary>
    public static RouteHandlerBuilder ProducesRuleProblems(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

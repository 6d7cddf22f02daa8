using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Vigil.App.Api;

/// <summary>
/// Lists the plain-text forms (CSV, Markdown) of an endpoint's 200 answer beside its JSON in the OpenAPI document.
/// ApiExplorer keeps one response type per status code, so a second <c>Produces(200, …)</c> would replace the JSON
/// schema instead of adding to it; the endpoint carries these types as metadata and <see cref="DescribeAsync"/> adds them.
/// </summary>
public static class TextAlternatives
{
    private sealed record Metadata(IReadOnlyList<string> ContentTypes);

    /// <summary>The 200 answer may also be text of these types (e.g. with ?format=csv).</summary>
    public static RouteHandlerBuilder ProducesTextToo(this RouteHandlerBuilder endpoint, params string[] contentTypes) =>
        endpoint.WithMetadata(new Metadata(contentTypes));

    /// <summary>An OpenAPI operation transformer: adds the text types, each a string, to the operation's 200 response.</summary>
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var texts = context.Description.ActionDescriptor.EndpointMetadata.OfType<Metadata>().SelectMany(m => m.ContentTypes).ToList();
        if (texts.Count > 0 && operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
        {
            ok.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var contentType in texts)
            {
                ok.Content[contentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }
        return Task.CompletedTask;
    }
}

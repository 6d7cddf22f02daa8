namespace Vigil.App.Hosting;

/// <summary>
/// Browser hardening on every response. Pages load only our own scripts and styles
/// (no inline script), so a stored script in an analyst's note cannot run.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        // The API browser (Swagger UI) needs inline styles; everything else is same-origin only.
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs")
            ? "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"
            : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return next(context);
    }
}

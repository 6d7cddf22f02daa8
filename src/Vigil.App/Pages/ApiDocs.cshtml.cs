using Microsoft.AspNetCore.Authorization;
using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages;

/// <summary>The API reference (Swagger UI over /openapi/v1.json) inside Vigil's layout; open to anyone, as the OpenAPI document is.</summary>
[AllowAnonymous]
public sealed class ApiDocsModel : VigilPageModel
{
    public void OnGet()
    {
    }
}

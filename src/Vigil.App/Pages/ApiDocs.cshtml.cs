using Vigil.App.Pages.Shared;

namespace Vigil.App.Pages;

/// <summary>The API reference (Swagger UI over /openapi/v1.json) inside Vigil's layout, for signed-in users as Swagger UI's files are.</summary>
public sealed class ApiDocsModel : VigilPageModel
{
    public void OnGet()
    {
    }
}

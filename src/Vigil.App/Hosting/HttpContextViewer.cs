using Vigil.Security;

namespace Vigil.App.Hosting;

public static class HttpContextViewer
{
    /// <summary>The signed-in viewer of this request (set by <see cref="ViewerMiddleware"/>).</summary>
    public static Viewer Viewer(this HttpContext context) =>
        context.Items[ViewerMiddleware.ItemKey] as Viewer ?? Security.Viewer.Anonymous;
}

using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.App.Hosting;
using Vigil.Reports.Forms;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Api;

/// <summary>
/// Report forms: the OpenRosa form list and download (for ODK Collect, KoboCollect, Enketo and the web form) and the same
/// forms as JSON under /api/v1, where admins add them.
/// </summary>
public static class ReportFormsApi
{
    private static readonly XNamespace FormList = "http://openrosa.org/xforms/xformsList";
    private const string OpenRosaVersionHeader = "X-OpenRosa-Version";

    public sealed record FormDto(string FormId, string Version, LocalizedText Title, IReadOnlyList<string> Languages, string Hash,
        Classification Classification, bool BuiltIn, string DownloadUrl, DateTime UploadedAt)
    {
        public static FormDto From(ReportForm f) => new(f.FormId, f.Version, f.Title, f.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries),
            f.OpenRosaHash, f.Classification, f.IsBuiltIn, DownloadPath(f.FormId), f.UploadedAt);
    }

    /// <summary>An XForm to store: the XML text and who may see it (default internal: your organisation and those it shares with).</summary>
    public sealed record FormUpload(string? Xml, Classification? Classification);

    public static string DownloadPath(string formId) => $"/forms/{Uri.EscapeDataString(formId)}.xml";

    public static void MapReportForms(this WebApplication app)
    {
        // OpenRosa Form List API (https://docs.getodk.org/openrosa-form-list/): per form the newest version the monitor may see, with its
        // md5 hash and download URL; ?formID= one form. Signed in by any of the app's schemes: HTTP Basic as ODK Collect sends it
        // (BasicAuthenticationHandler), an API key, or the session of the web form — which OpenRosaPolicy (Basic and keys only)
        // would turn away; so the endpoints check sign-in themselves and ask for Basic, never redirect to the login page.
        app.MapGet("/formList", async Task<Results<FileContentHttpResult, UnauthorizedHttpResult>> (string? formID, HttpContext context, VigilDb db, CancellationToken ct) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                return AskForBasic(context);
            }
            var forms = (await db.ListCurrentFormsAsync(context.Viewer(), ct)).Where(f => formID is null || f.FormId == formID);
            var root = context.Request.Scheme + "://" + context.Request.Host + context.Request.PathBase;
            var xml = new XDocument(new XElement(FormList + "xforms", forms.Select(f => new XElement(FormList + "xform",
                new XElement(FormList + "formID", f.FormId),
                new XElement(FormList + "name", f.Title.Current),
                new XElement(FormList + "version", f.Version),
                new XElement(FormList + "hash", f.OpenRosaHash),
                new XElement(FormList + "downloadUrl", root + DownloadPath(f.FormId))))));
            return OpenRosaXml(context, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml.ToString(SaveOptions.DisableFormatting));
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/forms/{id}.xml", async Task<Results<FileContentHttpResult, NotFound, UnauthorizedHttpResult>> (string id, HttpContext context, VigilDb db, CancellationToken ct) =>
            context.User.Identity?.IsAuthenticated != true ? AskForBasic(context)
            : await db.FindCurrentFormAsync(id, context.Viewer(), ct) is { } form ? OpenRosaXml(context, form.Xml) : TypedResults.NotFound())
            .AllowAnonymous().ExcludeFromDescription();

        var group = app.MapGroup("/api/v1/forms").WithTags("Forms");
        group.ProducesRuleProblemsOnWrites();

        group.MapGet("/", async (HttpContext context, VigilDb db, CancellationToken ct) =>
            TypedResults.Ok((await db.ListCurrentFormsAsync(context.Viewer(), ct)).Select(FormDto.From).ToList()))
            .WithSummary("The forms offered to you: per form id the newest version you may see (the built-in incident form unless a stored version replaces it).");

        group.MapPost("/", async Task<Results<Created<FormDto>, Ok<FormDto>>> (FormUpload body, AddReportForm add, CancellationToken ct) =>
        {
            var result = await add.RunAsync(new AddReportForm.Request(body.Xml ?? "", body.Classification ?? Classification.Internal), ct);
            var dto = FormDto.From(result.Form);
            return result.Added ? TypedResults.Created(dto.DownloadUrl, dto) : TypedResults.Ok(dto);
        }).RequireAuthorization(AdminPolicy.Name)
            .WithSummary("Add an XForm or a new version of one: { xml, classification? }. 201 when stored, 200 when the same id, version and content "
                + "are stored already, 409 when that id and version hold other content; 400 names the line at fault.");
    }

    private static UnauthorizedHttpResult AskForBasic(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"Vigil\", charset=\"UTF-8\"";
        context.Response.Headers[OpenRosaVersionHeader] = "1.0";
        return TypedResults.Unauthorized();
    }

    private static FileContentHttpResult OpenRosaXml(HttpContext context, string xml)
    {
        context.Response.Headers[OpenRosaVersionHeader] = "1.0";
        return TypedResults.Bytes(new UTF8Encoding(false).GetBytes(xml), "text/xml; charset=utf-8");
    }
}

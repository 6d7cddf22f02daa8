using System.Security;
using Vigil.App.Hosting;
using Vigil.Reports;

namespace Vigil.App.Api;

/// <summary>
/// The OpenRosa 1.0 submission API that ODK Collect, KoboCollect and Enketo post to (docs.getodk.org/openrosa-form-submission):
/// HEAD /submission answers 204 with the OpenRosa headers (the client's pre-check, which also makes it ask for credentials);
/// POST /submission takes multipart/form-data with the instance in xml_submission_file and photos beside it. A client signs in
/// per monitor with HTTP Basic (decision record 0027). A resent instanceID makes no second report: 202 when nothing was new,
/// 201 when it brought photos the report had not got (ODK Collect splits large submissions into several posts).
/// </summary>
public static class OpenRosaSubmissionApi
{
    public const string Version = "1.0";

    /// <summary>What the client may send in one post; larger submissions are split by the client.</summary>
    public const int AcceptContentLength = 10 * 1024 * 1024;

    public static void MapOpenRosaSubmission(this WebApplication app)
    {
        var submission = app.MapGroup("/submission").ExcludeFromDescription().RequireAuthorization(OpenRosaPolicy.Name).DisableAntiforgery();

        submission.MapMethods("/", [HttpMethods.Head], (HttpContext http) =>
        {
            Headers(http);
            return Results.NoContent();
        });

        submission.MapPost("/", async (HttpContext http, SubmitFieldReport submit, ReportPhotos photos, CancellationToken ct) =>
        {
            Headers(http);
            try
            {
                if (!http.Request.HasFormContentType)
                {
                    throw new DomainRuleException("xml_submission_file", "xml_submission_file: send multipart/form-data with the instance as xml_submission_file.");
                }
                var form = await http.Request.ReadFormAsync(ct);
                var instance = form.Files.GetFile("xml_submission_file")
                    ?? throw new DomainRuleException("xml_submission_file", "xml_submission_file: missing.");
                string xml;
                using (var reader = new StreamReader(instance.OpenReadStream()))
                {
                    xml = await reader.ReadToEndAsync(ct);
                }
                var fields = SubmissionFields.FromXml(xml);
                var incoming = await PhotoParts.ReadAsync(form.Files.Where(f => f.Name != "xml_submission_file"), ct);
                var result = await submit.RunAsync(new(fields.ToDraft(ReportChannel.OpenRosa), fields.Reporter, xml), ct);
                var added = await photos.AttachAsync(result.Report.Id, incoming, ct);
                return result.Created || added > 0
                    ? Message(StatusCodes.Status201Created, "submit_success", "Report received. Thank you.")
                    : Message(StatusCodes.Status202Accepted, "submit_success", "This report was received before; nothing new was stored.");
            }
            catch (DomainRuleException e)
            {
                return Message(StatusCodes.Status400BadRequest, "error", e.Message);
            }
        });
    }

    private static void Headers(HttpContext http)
    {
        http.Response.Headers["X-OpenRosa-Version"] = Version;
        http.Response.Headers["X-OpenRosa-Accept-Content-Length"] = AcceptContentLength.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.Date = DateTimeOffset.UtcNow.ToString("R");
    }

    private static IResult Message(int status, string nature, string text) =>
        Results.Content($"""<OpenRosaResponse xmlns="http://openrosa.org/http/response"><message nature="{nature}">{SecurityElement.Escape(text)}</message></OpenRosaResponse>""",
            "text/xml; charset=utf-8", System.Text.Encoding.UTF8, status);
}

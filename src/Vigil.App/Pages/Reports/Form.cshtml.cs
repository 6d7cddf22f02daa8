using Vigil.App.Api;
using Vigil.App.Pages.Shared;
using Vigil.Reports.Forms;
using Vigil.Storage;

namespace Vigil.App.Pages.Reports;

/// <summary>
/// The monitors' web form: an XForm drawn in the browser by wwwroot/reports/xform.js, installable and usable offline
/// (service worker, reports queued in IndexedDB), sending to POST /api/v1/reports. Any signed-in person may report.
/// </summary>
public sealed class FormModel(VigilDb db) : VigilPageModel
{
    public ReportForm? Form { get; private set; }
    public IReadOnlyList<ReportForm> Others { get; private set; } = [];

    public async Task OnGetAsync(string? form, CancellationToken cancellationToken)
    {
        var forms = await db.ListCurrentFormsAsync(Viewer, cancellationToken);
        Form = forms.FirstOrDefault(f => f.FormId == (form ?? DefaultForms.IncidentFormId)) ?? forms.FirstOrDefault(f => f.FormId == DefaultForms.IncidentFormId);
        Others = [.. forms.Where(f => f != Form)];
    }

    public string FormUrl => ReportFormsApi.DownloadPath(Form!.FormId);
}

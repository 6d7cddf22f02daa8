using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vigil.App.Hosting;
using Vigil.App.Pages.Shared;
using Vigil.Reports.Forms;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Pages.Reports;

/// <summary>Admin-only: the report forms offered now, the stored versions, and an upload of an XForm (<see cref="AddReportForm"/>).</summary>
[Authorize(Policy = AdminPolicy.Name)]
public sealed class FormsModel(VigilDb db, AddReportForm add) : VigilPageModel
{
    public IReadOnlyList<ReportForm> Offered { get; private set; } = [];
    public IReadOnlyList<ReportForm> Versions { get; private set; } = [];

    /// <summary>What ODK Collect's "Server URL" setting takes: this server's root.</summary>
    public string ServerUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, Classification classification, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Error = FormsText.NoFile;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }
        try
        {
            using var reader = new StreamReader(file.OpenReadStream());
            var result = await add.RunAsync(new AddReportForm.Request(await reader.ReadToEndAsync(cancellationToken), classification), cancellationToken);
            Notice = Localized.Format(result.Added ? FormsText.Added : FormsText.Unchanged, result.Form.FormId, result.Form.Version);
            return RedirectToPage();
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Offered = await db.ListCurrentFormsAsync(Viewer, cancellationToken);
        Versions = await db.ListFormVersionsAsync(Viewer, cancellationToken);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vigil.App.Hosting;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;

namespace Vigil.App.Pages.Admin;

/// <summary>
/// Admins of an organisation entitled to publish frameworks load the official indicator text: upload the CSV, see the numbering
/// checked and every change listed, then accept. The accept posts the previewed text and base version back, so what is stored
/// is what was shown (<see cref="ImportOfficialText"/>).
/// </summary>
[Authorize(Policy = AdminPolicy.Name)]
[Authorize(Policy = SharedSettingsPolicy.Name)]
public sealed class OfficialTextModel(ImportOfficialText import) : VigilPageModel
{
    private const long MaxBytes = 2_000_000;

    public ImportOfficialText.Outcome? Outcome { get; private set; }

    /// <summary>The previewed file's text and name, carried to the accept.</summary>
    public string? Csv { get; private set; }

    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, string? version, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Error = FrameworkText.ImportTextNoFile;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (file.Length > MaxBytes)
        {
            Error = "An indicator list is at most 2 MB.";
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        FileName = Path.GetFileName(file.FileName);
        return await RunAsync(() => OfficialTextCsv.Decode(buffer.ToArray(), FileName), version, null, accept: false, cancellationToken);
    }

    public Task<IActionResult> OnPostAcceptAsync(string csv, string fileName, string? version, string baseVersion, CancellationToken cancellationToken)
    {
        FileName = fileName;
        return RunAsync(() => csv, version, baseVersion, accept: true, cancellationToken);
    }

    private async Task<IActionResult> RunAsync(Func<string> text, string? version, string? baseVersion, bool accept, CancellationToken cancellationToken)
    {
        try
        {
            Csv = text();
            Outcome = await import.RunAsync(new ImportOfficialText.Request(Csv, FileName ?? "upload", version, baseVersion, accept), cancellationToken);
            if (Outcome.Accepted)
            {
                Notice = Localized.Format(FrameworkText.ImportTextAccepted, Outcome.Proposed.Version);
                return Redirect($"/framework?version={Uri.EscapeDataString(Outcome.Proposed.Version)}");
            }
        }
        catch (DomainRuleException rule)
        {
            Outcome = null;
            ShowRuleBroken(rule);
        }
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Reports.Verification;

namespace Vigil.App.Pages.Reports;

/// <summary>Field reports disaggregated (paras 18, 25 d): by status, harm by sex and age group, reporters by network.</summary>
public sealed class AnalysisModel(AnalyseReports analyse) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    public ReportAnalysis Analysis { get; private set; } = new(null, 0, [], [], []);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Analysis = await analyse.RunAsync(Country, cancellationToken);
}

using Vigil.App.Pages.Shared;
using Vigil.Situations.Cases;
using Vigil.Storage;

namespace Vigil.App.Pages.Cases;

/// <summary>Outcomes by prevention option and by effectiveness factor across the cases the viewer may see (<see cref="CaseAnalysis"/>).</summary>
public sealed class AnalysisModel(VigilDb db) : VigilPageModel
{
    public CaseAnalysis Analysis { get; private set; } = CaseAnalysis.Of([]);

    public OutcomeChart Chart { get; private set; } = OutcomeChart.From(CaseAnalysis.Of([]));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Analysis = CaseAnalysis.Of(await db.SearchCasesAsync(Viewer, null, null, cancellationToken));
        Chart = OutcomeChart.From(Analysis);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vigil.App.Hosting;
using Vigil.App.Pages.Shared;
using Vigil.Reports;

namespace Vigil.App.Pages.Reports;

/// <summary>
/// Admin-only: how the places of the organisation's field reports are shown to those not allowed the exact point — the page of
/// GET|PUT /api/v1/reports-policy, through the same <see cref="SetLocationPolicy"/> (so the change is in the audit log).
/// </summary>
[Authorize(Policy = AdminPolicy.Name)]
public sealed class PolicyModel(FieldReportQueries queries, SetLocationPolicy set) : VigilPageModel
{
    public ReportLocationPolicy Current { get; private set; } = ReportLocationPolicy.Default(Guid.Empty);

    /// <summary>False while the organisation has not set a policy and the default applies.</summary>
    public bool IsSet => Current.UpdatedBy.Length > 0;

    [BindProperty]
    public LocationMode Mode { get; set; }

    [BindProperty]
    public int? GridKm { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!ModelState.IsValid)
            {
                throw new DomainRuleException(ModelState["GridKm"]?.Errors.Count > 0 ? "gridKm" : "mode",
                    ModelState["GridKm"]?.Errors.Count > 0
                        ? $"gridKm: not a whole number between {ReportLocationPolicy.MinGridKm} and {ReportLocationPolicy.MaxGridKm}."
                        : "mode: choose admin-2 names or a grid.");
            }
            // The grid size is kept when names only are chosen, so switching back to a grid restores it.
            var p = await set.RunAsync(new(Mode, GridKm ?? Current.GridKm), cancellationToken);
            Notice = Localized.Format(ReportMapText.PolicySaved, ModeText(p.Mode, p.GridKm));
            return RedirectToPage();
        }
        catch (DomainRuleException rule)
        {
            await LoadAsync(cancellationToken);
            ShowRuleBroken(rule);
            return Page();
        }
    }

    public static string ModeText(LocationMode mode, int gridKm) =>
        mode == LocationMode.Grid ? Localized.Format(ReportMapText.PolicyModeGridShort, gridKm) : ReportMapText.PolicyModeAdmin2Short;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Current = await queries.PolicyAsync(Viewer.OrganizationId, cancellationToken);
        if (Request.Method == HttpMethods.Get)
        {
            (Mode, GridKm) = (Current.Mode, Current.GridKm);
        }
    }
}

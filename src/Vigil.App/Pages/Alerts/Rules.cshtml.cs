using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.App.Pages.Shared;
using Vigil.Security;
using Vigil.Storage;
using static Vigil.App.Pages.Shared.UiText;

namespace Vigil.App.Pages.Alerts;

/// <summary>Admin-only: the rules that turn signals into alerts (threshold, severity, measure, country scope, enabled).</summary>
public sealed class RulesModel(VigilDb db, TimeProvider time) : VigilPageModel
{
    public IReadOnlyList<AlertRule> Rules { get; private set; } = [];

    public sealed class RuleInput
    {
        public Guid? Id { get; set; }
        [Required, MaxLength(200)]
        public string Name { get; set; } = "";
        [MaxLength(40)]
        public string? Measure { get; set; }
        public SignalSeverity MinimumSeverity { get; set; } = SignalSeverity.Moderate;
        [Range(0, 30)]
        public double MinimumScore { get; set; }
        [MaxLength(2000)]
        public string? Countries { get; set; }
        public bool Enabled { get; set; }
    }

    [BindProperty]
    public RuleInput Input { get; set; } = new();

    protected override bool AdminsOnly => true;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rule = Input.Id is { } id ? await db.Set<AlertRule>().FindAsync([id], cancellationToken) : null;
        if (Input.Id is not null && rule is null)
        {
            return NotFoundPage();
        }
        try
        {
            if (rule is null)
            {
                rule = AlertRule.Create(Input.Name, "events", now, Viewer.Name);
                db.Add(rule);
            }
            var countries = (Input.Countries ?? "").Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rule.Edit(Input.Name, rule.Origin, Input.Measure?.Trim(), Input.MinimumSeverity, Input.MinimumScore, countries, Input.Enabled, now, Viewer.Name);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException broken)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
            ShowRuleBroken(broken);
            return Page();
        }
        Notice = T("alerts.ruleSaved");
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Rules = await db.Set<AlertRule>().AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
}

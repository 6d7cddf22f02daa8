using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.App.Hosting;
using Vigil.App.Pages.Shared;
using Vigil.Events.Escalation;
using Vigil.Forecasting;
using Vigil.Storage;

namespace Vigil.App.Pages.Alerts;

/// <summary>Admin-only: the rules that turn signals into alerts (threshold, severity, measure, country scope, enabled).</summary>
[Authorize(Policy = AdminPolicy.Name)]
[Authorize(Policy = SharedSettingsPolicy.Name)]
public sealed class RulesModel(VigilDb db, TimeProvider time) : VigilPageModel
{
    public IReadOnlyList<AlertRule> Rules { get; private set; } = [];

    /// <summary>Where signals come from, and the measures a rule of each origin can filter on.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Origins { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [EscalationScan.Origin] = [.. SeriesMeasure.All.Select(m => m.Name)],
        [WatchlistChange.Origin] = WatchlistChange.Measures,
    };

    public sealed class RuleInput
    {
        public Guid? Id { get; set; }
        [MaxLength(20)]
        public string? Origin { get; set; }
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
            var origin = rule?.Origin ?? Input.Origin ?? EscalationScan.Origin;
            if (!Origins.TryGetValue(origin, out var measures))
            {
                throw new DomainRuleException("origin", new ResourceText(AlertsText.ResourceManager, nameof(AlertsText.RuleOriginRequired)));
            }
            if (!string.IsNullOrWhiteSpace(Input.Measure) && !measures.Contains(Input.Measure.Trim()))
            {
                throw new DomainRuleException("measure", new ResourceText(AlertsText.ResourceManager, nameof(AlertsText.RuleMeasureNotOfOrigin),
                    Input.Measure.Trim(), origin, new TextList(measures)));
            }
            if (rule is null)
            {
                rule = AlertRule.Create(Input.Name, origin, now, Viewer.Name);
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
        Notice = AlertsText.RuleSaved;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Rules = await db.Set<AlertRule>().AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
}

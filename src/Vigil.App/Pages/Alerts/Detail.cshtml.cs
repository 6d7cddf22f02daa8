using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.App.Pages.Events;
using Vigil.App.Pages.Shared;
using Vigil.Countries;
using Vigil.Events.Series;
using Vigil.Security;
using Vigil.Storage;
using static Vigil.App.Pages.Shared.UiText;

namespace Vigil.App.Pages.Alerts;

/// <summary>One alert: status, dated and attributed history, its signals, the series chart of its place; the lifecycle steps as forms.</summary>
public sealed class DetailModel(VigilDb db, AlertReads reads, SeriesQueries series, CountryCatalog countries, TimeProvider time) : VigilPageModel
{
    public Alert? Alert { get; private set; }

    /// <summary>The readable title (<see cref="AlertTitle"/>), the same as in the inbox.</summary>
    public AlertTitle Title { get; private set; } = new("", "");

    /// <summary>The name of the rule that raised the alert (empty if the rule is gone).</summary>
    public string RuleName { get; private set; } = "";
    public IReadOnlyList<Signal> Signals { get; private set; } = [];
    public IReadOnlyList<SeriesChart> Charts { get; private set; } = [];

    [BindProperty]
    [System.ComponentModel.DataAnnotations.MaxLength(2000)]
    public string? Note { get; set; }

    public bool CanStep => Roles.CanEdit(Viewer.Role) || Roles.CanReview(Viewer.Role);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFoundPage();
        }
        await reads.MarkReadAsync(id, Viewer.UserId, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken ct) => StepAsync(id, (a, now, by, note) => a.Acknowledge(now, by, note), ct);

    public Task<IActionResult> OnPostEscalateAsync(Guid id, CancellationToken ct) => StepAsync(id, (a, now, by, note) => a.Escalate(now, by, note), ct);

    public Task<IActionResult> OnPostActionAsync(Guid id, CancellationToken ct) => StepAsync(id, (a, now, by, note) => a.MarkActioned(now, by, note), ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) => StepAsync(id, (a, now, by, note) => a.Close(now, by, note), ct);

    private async Task<IActionResult> StepAsync(Guid id, Action<Alert, DateTime, string, string?> step, CancellationToken cancellationToken)
    {
        if (!CanStep)
        {
            throw new AccessDeniedException(T("alerts.readOnly"));
        }
        var alert = await db.Set<Alert>().Include(a => a.Signals).Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null)
        {
            return NotFoundPage();
        }
        var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        if (note?.Length > 2000)
        {
            note = note[..2000];
        }
        try
        {
            step(alert, time.GetUtcNow().UtcDateTime, Viewer.Name, note);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            ShowRuleBroken(rule);
            return Page();
        }
        Notice = T("alerts.moved", AlertLabels.Status(alert.Status));
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Alert = await db.Set<Alert>().AsNoTracking().Include(a => a.Signals).Include(a => a.History).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (Alert is null)
        {
            return false;
        }
        var ids = Alert.Signals.Select(s => s.SignalId).ToList();
        Signals = await db.Set<Signal>().AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Period).ToListAsync(cancellationToken);
        Title = AlertTitle.For(Alert, [.. Signals.Select(s => s.Measure)], countries);
        var ruleId = Alert.RuleId;
        RuleName = await db.Set<AlertRule>().AsNoTracking().Where(r => r.Id == ruleId).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var source = Signals.Count > 0 ? Signals[0].DataSource : null;
        var rows = await series.ForCountryAsync(Alert.CountryIso3, Alert.Admin1.Length == 0 ? null : Alert.Admin1, source, cancellationToken);
        if (rows is not null)
        {
            Charts = SeriesCharts.For(rows.Rows, Signals.Where(s => s.DataSource == rows.Source).ToList());
        }
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Vigil.Alerts;
using Vigil.Forecasting;
using Vigil.App.Hosting;
using Vigil.App.Api;
using Vigil.App.Pages.Events;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Events.Series;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.App.Pages.Alerts;

/// <summary>One alert: status, dated and attributed history, its signals, the series chart of its place; the lifecycle steps as forms.</summary>
public sealed class DetailModel(VigilDb db, AlertReads reads, SeriesQueries series, CountryCatalog countries, StepAlert steps,
    FrameworkCatalog frameworks) : VigilPageModel
{
    public Alert? Alert { get; private set; }

    /// <summary>The readable title (<see cref="AlertTitle"/>), the same as in the inbox.</summary>
    public AlertTitle Title { get; private set; } = new("", "");

    /// <summary>The name of the rule that raised the alert (empty if the rule is gone).</summary>
    public string RuleName { get; private set; } = "";
    public IReadOnlyList<Signal> Signals { get; private set; } = [];
    public IReadOnlyList<SeriesChart> Charts { get; private set; } = [];

    /// <summary>The current Framework, to name the indicators the signals speak to (<see cref="SignalIndicators"/>).</summary>
    public FrameworkDefinition? Framework { get; private set; }

    /// <summary>The alert comes from changes in the forecast watchlist: no event series to chart, a link to the forecast instead.</summary>
    public bool FromForecasts { get; private set; }

    /// <summary>The step's note; its length rule lives in <see cref="Vigil.Alerts.Alert"/>.</summary>
    [BindProperty]
    public string? Note { get; set; }

    /// <summary>Who may read the note: a <see cref="Classification"/> name; empty means the default (Internal).</summary>
    [BindProperty]
    public string? NoteClassification { get; set; }

    /// <summary>Set when a step was refused for its note or classification: shown beside that field, the input kept.</summary>
    public string? NoteError { get; private set; }

    public string? NoteClassificationError { get; private set; }

    /// <summary>The level the form's select shows: the posted one after a refused step, otherwise the default.</summary>
    public Classification SelectedClassification =>
        Enum.TryParse<Classification>(NoteClassification, ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : AlertTransition.DefaultNoteClassification;

    public bool CanStep => StepAlert.CanStep(Viewer);

    /// <summary>The history holds notes of several organisations: never compressed over HTTPS (decision 0011).</summary>
    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        HttpContext.KeepUncompressedOverHttps();
        return base.OnPageHandlerExecutionAsync(context, next);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFoundPage();
        }
        await reads.MarkReadAsync(id, Viewer.UserId, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken ct) => StepAsync(id, AlertStatus.Acknowledged, ct);

    public Task<IActionResult> OnPostEscalateAsync(Guid id, CancellationToken ct) => StepAsync(id, AlertStatus.Escalated, ct);

    public Task<IActionResult> OnPostActionAsync(Guid id, CancellationToken ct) => StepAsync(id, AlertStatus.Actioned, ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) => StepAsync(id, AlertStatus.Closed, ct);

    private async Task<IActionResult> StepAsync(Guid id, AlertStatus to, CancellationToken cancellationToken)
    {
        if (!CanStep)
        {
            throw new AccessDeniedException(AlertsText.ReadOnly);
        }
        Alert? stepped;
        try
        {
            var classification = AssessmentRequests.ParseEnum<Classification>(NoteClassification, "noteClassification")
                ?? AlertTransition.DefaultNoteClassification;
            stepped = await steps.RunAsync(new StepAlert.Request(id, to, Note, classification), Viewer, cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFoundPage();
            }
            ShowRuleBroken(rule);
            if (rule.Field == "noteClassification")
            {
                NoteClassificationError = Localized.Format(AlertsText.NoteClassificationInvalid, NoteClassification);
                Error = NoteClassificationError;
            }
            else if (rule.Field == "note")
            {
                NoteError = Localized.Format(AlertsText.NoteTooLong, Vigil.Alerts.Alert.NoteMaxLength);
                Error = NoteError;
            }
            return Page();
        }
        if (stepped is null)
        {
            return NotFoundPage();
        }
        Notice = Localized.Format(AlertsText.Moved, AlertLabels.Status(stepped.Status));
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
        RuleName = await db.Set<AlertRule>().AsNoTracking().Where(r => r.Id == ruleId).Select(r => new { r.Origin, r.Name }).FirstOrDefaultAsync(cancellationToken)
            is { } rule ? AlertLabels.RuleName(rule.Origin, rule.Name) : "";
        FromForecasts = Signals.Count > 0 && Signals.All(s => s.Origin == WatchlistChange.Origin);
        if (FromForecasts)
        {
            return true;
        }
        Framework = await frameworks.LatestAsync(cancellationToken);
        var source = Signals.Count > 0 ? Signals[0].DataSource : null;
        var rows = await series.ForCountryAsync(Alert.CountryIso3, Alert.Admin1.Length == 0 ? null : Alert.Admin1, source, cancellationToken);
        if (rows is not null)
        {
            Charts = SeriesCharts.For(rows.Rows, Signals.Where(s => s.DataSource == rows.Source).ToList());
        }
        return true;
    }
}

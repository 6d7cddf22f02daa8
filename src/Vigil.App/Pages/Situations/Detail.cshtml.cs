using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.App.Api;
using Vigil.App.Documents;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Events.Series;
using Vigil.Situations;
using Vigil.Storage;

namespace Vigil.App.Pages.Situations;

/// <summary>
/// One situation: status and history, the warning picture (latest assessment, forecast, the country's event series with signals),
/// warnings and their lag, linked alerts, proposed options and uncovered risk factors, coordination,
/// actions and commitments, reviews; forms (no script needed) to change the status, record an action, a commitment's implementation,
/// a review, a month's trend and the lead. The rules live in the use cases; a broken one is shown with the form kept.
/// </summary>
public sealed class DetailModel(SituationQueries queries, CountryCatalog countries, ChangeSituationStatus changeStatus, RecordAction recordAction,
    RecordImplementation recordImplementation, ReviewSituation review, MarkTrend markTrend, DescribeSituation describe,
    VigilDb db, FrameworkCatalog frameworks, SeriesQueries series, Vigil.Speech.Monitoring.SpeechPostQueries speechPosts) : VigilPageModel
{
    /// <summary>Linked monitored posts the viewer may see (a post they may not see is left out, as on every page).</summary>
    public IReadOnlyList<Vigil.Speech.Monitoring.SpeechPost> LinkedPosts { get; private set; } = [];

    /// <summary>Linked hate-speech surge signals (linked by hand or by the surge scan), newest month first.</summary>
    public IReadOnlyList<Vigil.Alerts.Signal> LinkedSurges { get; private set; } = [];

    public SituationDetails? Details { get; private set; }
    public SituationBriefInput.AssessmentSummary? Assessment { get; private set; }
    public SituationBriefInput.ForecastSummary? Forecast { get; private set; }
    public EventSeries? Series { get; private set; }
    public IReadOnlyList<Vigil.App.Pages.Events.SeriesChart> Charts { get; private set; } = [];
    public Situation S => Details!.Situation;
    public bool CanWork => Details is not null && Viewer.CanEdit(S.OrganizationId);
    public string CountryName => countries.Find(S.CountryIso3)?.Name.Current ?? S.CountryIso3;

    /// <summary>An alert's title in the page's language (the stored one is the rule's English name).</summary>
    public string AlertTitleOf(Vigil.Alerts.Alert alert) => Alerts.AlertTitle.For(alert, [], countries).Text;

    public sealed class StatusInput
    {
        public string? Status { get; set; }
        public string? Reason { get; set; }
        public string? At { get; set; }
        public string? Outcome { get; set; }
    }

    public sealed class ActionInput
    {
        public string? ActorKind { get; set; }
        public string? ActorName { get; set; }
        public string? Option { get; set; }
        public string? Date { get; set; }
        public string? Until { get; set; }
        public string? Channel { get; set; }
        public string? Stance { get; set; }
        public string? Status { get; set; }
        public string? Description { get; set; }
        public string? CoordinatedWith { get; set; }
        public string? CommitmentText { get; set; }
        public string? CommitmentParty { get; set; }
        public string? CommitmentDue { get; set; }
        public bool GenderProvision { get; set; }
    }

    public sealed class ReviewInput
    {
        public string? WhatChanged { get; set; }
        public string? Decision { get; set; }
        public string? NextReview { get; set; }
    }

    [BindProperty]
    public StatusInput StatusForm { get; set; } = new();

    [BindProperty]
    public ActionInput ActionForm { get; set; } = new();

    [BindProperty]
    public ReviewInput ReviewForm { get; set; } = new();

    [BindProperty]
    public string? Month { get; set; }

    [BindProperty]
    public string? Trend { get; set; }

    [BindProperty]
    public string? Lead { get; set; }

    [BindProperty]
    public Guid CommitmentId { get; set; }

    [BindProperty]
    public string? Implemented { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFoundPage();

    public Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken ct) => ChangeAsync(id, () => changeStatus.RunAsync(new(id,
        KebabCase.Required<SituationStatus>(StatusForm.Status, "status"), StatusForm.Reason, SituationDtos.ParseMoment(StatusForm.At, "at"),
        KebabCase.Parse<SituationOutcome>(StatusForm.Outcome, "outcome")), ct), ct);

    public Task<IActionResult> OnPostActionAsync(Guid id, CancellationToken ct) => ChangeAsync(id, async () =>
    {
        var f = ActionForm;
        var commitments = string.IsNullOrWhiteSpace(f.CommitmentText) && string.IsNullOrWhiteSpace(f.CommitmentParty)
            ? []
            : new List<CommitmentDetails> { new SituationRequests.Commitment(f.CommitmentText, f.CommitmentParty, f.CommitmentDue, null, f.GenderProvision).ToDetails("commitments[0]") };
        var details = new SituationRequests.Action(f.ActorKind, f.ActorName, f.Option, f.Date, f.Description, f.Channel, f.Stance, f.Status, f.Until, f.CoordinatedWith, null)
            .ToDetails(queries.Today);
        return (await recordAction.RunAsync(new(id, details, commitments), ct))?.Situation;
    }, ct);

    public Task<IActionResult> OnPostImplementationAsync(Guid id, CancellationToken ct) => ChangeAsync(id, () => recordImplementation.RunAsync(new(id, CommitmentId,
        KebabCase.Required<CommitmentImplementation>(Implemented, "implemented")), ct), ct);

    public Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct) => ChangeAsync(id, () => review.RunAsync(new(id, ReviewForm.WhatChanged,
        ReviewForm.Decision, SituationRequests.OptionalDate(ReviewForm.NextReview, "nextReview")), ct), ct);

    public Task<IActionResult> OnPostTrendAsync(Guid id, CancellationToken ct) => ChangeAsync(id, () => markTrend.RunAsync(new(id,
        SituationDtos.ParseMonth(Month, "month"), KebabCase.Required<SituationTrend>(Trend, "trend")), ct), ct);

    public Task<IActionResult> OnPostLeadAsync(Guid id, CancellationToken ct) => ChangeAsync(id, async () =>
    {
        var current = await queries.DetailsAsync(id, Viewer, ct);
        return current is null ? null : await describe.RunAsync(new(id, current.Situation.Title, current.Situation.Summary, current.Situation.AreaList,
            current.Situation.ReviewDue, Lead), ct);
    }, ct);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task<Situation?>> change, CancellationToken cancellationToken)
    {
        try
        {
            if (await change() is null)
            {
                return NotFoundPage();
            }
        }
        catch (DomainRuleException rule)
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFoundPage();
            }
            ShowRuleBroken(rule);
            return Page();
        }
        Notice = SituationsText.Saved;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Details = await queries.DetailsAsync(id, Viewer, cancellationToken);
        if (Details is null)
        {
            return false;
        }
        (Assessment, Forecast) = await SituationBriefSource.WarningAsync(Details, db, frameworks, Viewer, cancellationToken);
        // The country's monthly series with the escalation scan's signals, as on its events page.
        Series = await series.ForCountryAsync(Details.Situation.CountryIso3, null, null, cancellationToken);
        var signals = Series is null ? [] : await db.Set<Vigil.Alerts.Signal>().AsNoTracking()
            .Where(x => x.CountryIso3 == Details.Situation.CountryIso3 && x.Admin1 == "" && x.Origin == Vigil.Events.Escalation.EscalationScan.Origin && x.DataSource == Series.Source)
            .OrderBy(x => x.Period).ToListAsync(cancellationToken);
        Charts = Vigil.App.Pages.Events.SeriesCharts.For(Series?.Rows ?? [], signals);
        LinkedPosts = await speechPosts.ManyAsync([.. S.Links.Where(l => l.Kind == LinkKind.Speech).Select(l => l.TargetId)], Viewer, cancellationToken);
        var signalIds = S.Links.Where(l => l.Kind == LinkKind.Signal).Select(l => l.TargetId).ToList();
        LinkedSurges = signalIds.Count == 0 ? [] : await db.Set<Vigil.Alerts.Signal>().AsNoTracking()
            .Where(x => signalIds.Contains(x.Id) && x.Origin == Vigil.Speech.Monitoring.SurgeScan.Origin).OrderByDescending(x => x.Period).ToListAsync(cancellationToken);
        return true;
    }
}

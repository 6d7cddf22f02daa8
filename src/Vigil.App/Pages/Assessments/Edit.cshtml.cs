using Microsoft.AspNetCore.Mvc;
using Vigil.App.Api;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.App.Pages.Assessments;

/// <summary>
/// The draft editor. Each factor section, the resilience section and the summary are plain
/// forms (it all works without JavaScript); editor.js adds autosave and keyboard entry.
/// A request that asks for JSON (the script's fallback) gets the new profile instead of a redirect.
/// </summary>
public sealed class EditModel(VigilDb db, FrameworkCatalog frameworks, CountryCatalog countries) : AssessmentPageModel
{
    public sealed record SectionView(EditModel Page, RiskFactorDefinition Factor);

    /// <summary>An indicator row; <paramref name="Error"/> is the rule its last save broke (the section saved nothing).</summary>
    /// <remarks><paramref name="Stale"/>: what someone else stored in this row since the page was opened (the section saved nothing).</remarks>
    public sealed record RowView(int Index, IndicatorDefinition Definition, IndicatorRowInput Input, EvidenceEditorView Evidence, string FactorId, string? Error,
        StaleJudgementException.Row? Stale = null);

    /// <summary>The section name of the resilience form, as factor ids name theirs (?open=, the evidence forms' "factor" field).</summary>
    public const string ResilienceSection = "resilience";

    /// <summary>The element id of the row of an indicator ("ind-7-9") or a resilience dimension ("res-P1"), also the prefix of its fields' ids.</summary>
    public static string RowKey(string target) =>
        ResilienceDimensions.Find(target) is not null ? "res-" + target : "ind-" + Display.Key(target);

    /// <summary>The section rendered as a form (?open=RF3, ?open=resilience), or all of them (?open=all, a long page).</summary>
    [BindProperty(SupportsGet = true, Name = "open")]
    public string? Open { get; set; }

    /// <summary>The section whose save failed; its rows show what was posted, not what is stored.</summary>
    public string? ErrorSection { get; private set; }

    /// <summary>The indicator whose row broke a rule in the section's save, shown with that row.</summary>
    public string? ErrorRow { get; private set; }

    public DescribeInput Describe { get; private set; } = new();

    private Dictionary<string, IndicatorRowInput> _posted = [];
    private Dictionary<string, ResilienceInput> _postedResilience = [];
    private (Guid Id, EvidenceInput Input)? _postedEvidence;

    /// <summary>?open=all: every section as a form at once (the page is then about three times as heavy).</summary>
    public const string AllSections = "all";

    /// <summary>
    /// The one section rendered as a form: the section whose save failed, else the one asked for (?open=), else the first factor not
    /// fully assessed. Every other section is one line with its score and an "Edit" link: a full Framework as 114 rows of controls
    /// weighed close to a megabyte of HTML (issue 16), one section weighs a tenth of that.
    /// </summary>
    public string Editing
    {
        get
        {
            var asked = ErrorSection is { } failed && failed != "summary"
                ? failed.StartsWith("whole-", StringComparison.Ordinal) ? Framework.RiskFactors.First(f => "whole-" + Display.Key(f.Id) == failed).Id : failed
                : Open;
            if (asked == AllSections || asked == ResilienceSection || Framework.RiskFactors.Any(f => f.Id == asked))
            {
                return asked!;
            }
            return Framework.RiskFactors.FirstOrDefault(f => FactorProfile(f.Id) is var p && p.Assessed + p.Unknown < p.Total)?.Id ?? Framework.RiskFactors[0].Id;
        }
    }

    /// <summary>Whether <paramref name="section"/> (a factor id, <see cref="ResilienceSection"/>) is rendered as a form.</summary>
    public bool IsOpen(string section) => Editing == AllSections || Editing == section;

    /// <summary>The factor after <paramref name="factorId"/> (the "Next" link under a section's form), or null after the last.</summary>
    public string? NextSection(string factorId)
    {
        var index = Framework.RiskFactors.ToList().FindIndex(f => f.Id == factorId);
        return index + 1 < Framework.RiskFactors.Count ? Framework.RiskFactors[index + 1].Id : ResilienceSection;
    }

    private Dictionary<string, StaleJudgementException.Row> _stale = [];

    /// <summary>What someone else stored for an indicator or a whole factor since the page was opened (null: nothing, or not known).</summary>
    public StaleJudgementException.Row? StaleOf(string target) => _stale.GetValueOrDefault(target);

    private IndicatorRowInput? _postedWhole;

    /// <summary>The "judge this factor as a whole" values: as posted when its save failed, else as stored.</summary>
    public IndicatorRowInput WholeInput(string factorId) =>
        _postedWhole is { } posted && posted.IndicatorId == factorId ? posted : IndicatorRowInput.From(factorId, Assessment.FactorJudgementFor(factorId), false);

    public FactorProfile FactorProfile(string factorId) => Profile.RiskFactors.First(f => f.Id == factorId);

    public IReadOnlyList<RowView> Rows(RiskFactorDefinition factor) =>
        factor.Indicators.Select((definition, index) =>
        {
            var input = _posted.TryGetValue(definition.Id, out var posted) ? posted : IndicatorRowInput.From(definition, Assessment.JudgementFor(definition.Id));
            return new RowView(index, definition, input, EvidenceEditor(definition.Id, $"rows[{index}]", factor.Id, input.Evidence), factor.Id,
                ErrorRow == definition.Id ? Error : null, StaleOf(definition.Id));
        }).ToList();

    public ResilienceInput ResilienceRow(string dimensionId) =>
        _postedResilience.TryGetValue(dimensionId, out var posted) ? posted : ResilienceInput.From(dimensionId, Assessment.ResilienceFor(dimensionId));

    /// <summary>
    /// The evidence of an indicator or resilience dimension with its remove boxes and "Edit" forms, and the "Add evidence" fields
    /// (<paramref name="rowName"/>.Evidence.…) holding <paramref name="newValues"/>. The source identity is shown to those who may read it.
    /// </summary>
    public EvidenceEditorView EvidenceEditor(string target, string rowName, string section, EvidenceInput newValues)
    {
        var showSourceIdentity = Viewer.CanSeeConfidentialFields(Assessment.OrganizationId);
        return new EvidenceEditorView(
            Assessment.EvidenceFor(target).ToList(),
            e => EvidenceFieldsView.ForExisting(e, section, showSourceIdentity, e.Id == _postedEvidence?.Id ? _postedEvidence.Value.Input : null),
            EvidenceFieldsView.ForNew(target, rowName, section, newValues),
            Localized.Format(AssessmentsText.EditForIndicator, target));
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPostDescribeAsync(Guid id, [FromForm(Name = "describe")] DescribeInput describe, [FromServices] DescribeAssessment describeAssessment,
        CancellationToken cancellationToken)
    {
        try
        {
            var asOf = AssessmentRequests.ParseDate(describe.AsOf, "asOf");
            if (await describeAssessment.RunAsync(new(id, describe.Title ?? "", asOf, describe.Areas, describe.Summary, Actor), cancellationToken) is null)
            {
                return NotFoundPage();
            }
            Notice = AssessmentsText.EditSavedSummary;
            return RedirectToPage(null, null, new { id }, "summary-form");
        }
        catch (DomainRuleException rule)
        {
            var result = await FailAsync(id, rule, "summary", cancellationToken);
            Describe = describe;
            return result;
        }
    }

    /// <summary>
    /// Saves a factor section all or nothing (<see cref="SaveFactorSection"/>): a rule broken on one row stores none of the rows, and the
    /// page shows the error on that row with every row as typed.
    /// </summary>
    public async Task<IActionResult> OnPostFactorAsync(Guid id, string? factor, [FromForm(Name = "rows")] List<IndicatorRowInput> rows,
        [FromForm(Name = "removeEvidence")] List<Guid>? removeEvidence, string? focus, [FromServices] SaveFactorSection saveFactorSection,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(factor))
        {
            return BadRequest();
        }
        try
        {
            var sectionRows = rows.Where(r => r.IndicatorId.Length > 0).Select(ToSectionRow).ToList();
            if (await saveFactorSection.RunAsync(new(id, factor, sectionRows, removeEvidence ?? [], Actor), cancellationToken) is not { } saved)
            {
                return NotFoundPage();
            }
            if (WantsJson)
            {
                return new JsonResult(new { profile = ProfileCalculator.Calculate(await frameworks.ForAsync(saved.Assessment, cancellationToken), saved.Assessment) });
            }
            Notice = saved.Changed
                ? Localized.Format(AssessmentsText.EditSavedFactor, factor, saved.Judged, saved.Added, saved.Removed)
                : Localized.Format(AssessmentsText.EditNoChanges, factor);
            var anchor = focus is not null && sectionRows.Any(r => r.IndicatorId == focus) ? RowKey(focus) : "factor-" + factor;
            return RedirectToPage(null, null, new { id, open = factor }, anchor);
        }
        catch (DomainRuleException rule)
        {
            _posted = rows.Where(r => r.IndicatorId.Length > 0).GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.First());
            ErrorRow = SaveFactorSection.RowOf(rule);
            return await FailAsync(id, rule, factor, cancellationToken);
        }
        catch (StaleJudgementException stale)
        {
            _posted = rows.Where(r => r.IndicatorId.Length > 0).GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.First());
            return await StaleAsync(id, stale, factor, cancellationToken);
        }
    }

    /// <summary>
    /// Someone else changed rows the analyst changed too: nothing was saved. The page shows each such row as the analyst typed it with
    /// the other person's values beside it, and takes the current version into the row, so that saving again replaces theirs knowingly.
    /// </summary>
    private async Task<IActionResult> StaleAsync(Guid id, StaleJudgementException stale, string section, CancellationToken cancellationToken)
    {
        if (WantsJson)
        {
            return new JsonResult(JudgementConflict.From(stale)) { StatusCode = StatusCodes.Status412PreconditionFailed };
        }
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFoundPage();
        }
        _stale = stale.Rows.ToDictionary(r => r.Target);
        foreach (var row in stale.Rows)
        {
            if (_posted.TryGetValue(row.Target, out var posted))
            {
                posted.Version = row.Version;
            }
            else if (_postedWhole is { } whole && whole.IndicatorId == row.Target)
            {
                whole.Version = row.Version;
            }
        }
        ErrorSection = section;
        Error = Localized.Format(AssessmentsText.EditStale, string.Join(", ", stale.Rows.Select(r => r.Target)));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>What someone else stored in a row since the page was opened, in words ("present, severe (3) · notes: …, by … at …").</summary>
    public static string StaleText(StaleJudgementException.Row row)
    {
        var j = row.Current;
        var status = Display.Indicator(j?.Status ?? IndicatorStatus.NotAssessed);
        var finding = j?.Severity is { } severity ? $"{status}, {Display.Severity(severity)}" : status;
        if (j?.Trend is { } trend)
        {
            finding += ", " + Display.Trend(trend);
        }
        if (j?.Notes is { } notes)
        {
            finding += " · " + notes;
        }
        return Localized.Format(AssessmentsText.EditStaleRow, finding, row.ChangedBy ?? "—", row.ChangedAt is { } at ? Display.Timestamp(at) : "—");
    }

    /// <summary>A posted row as the section's save takes it; a value that cannot be read is a rule broken on that row.</summary>
    private static SaveFactorSection.Row ToSectionRow(IndicatorRowInput row)
    {
        try
        {
            return new SaveFactorSection.Row(row.IndicatorId, row.ToRequest(), row.Evidence.ToNewRequest(row.IndicatorId), string.IsNullOrEmpty(row.Version) ? null : row.Version);
        }
        catch (DomainRuleException rule)
        {
            throw SaveFactorSection.OnRow(row.IndicatorId, rule);
        }
    }

    /// <summary>Records the judgement of a factor as a whole (<see cref="JudgeFactor"/>), from its own small form.</summary>
    public async Task<IActionResult> OnPostWholeAsync(Guid id, string? factor, [FromForm(Name = "whole")] IndicatorRowInput whole,
        [FromServices] JudgeFactor judgeFactor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(factor))
        {
            return BadRequest();
        }
        whole.IndicatorId = factor;
        try
        {
            var seen = string.IsNullOrEmpty(whole.Version) ? null : JudgementVersion.Tag(whole.Version);
            if (await judgeFactor.RunAsync(new(id, factor, whole.ToRequest(), Actor, seen), cancellationToken) is null)
            {
                return NotFoundPage();
            }
            Notice = Localized.Format(AssessmentsText.EditSavedWhole, factor);
            return RedirectToPage(null, null, new { id, open = factor }, "whole-" + Display.Key(factor));
        }
        catch (DomainRuleException rule)
        {
            _postedWhole = whole;
            return await FailAsync(id, rule, "whole-" + Display.Key(factor), cancellationToken);
        }
        catch (StaleJudgementException stale)
        {
            _postedWhole = whole;
            return await StaleAsync(id, stale, "whole-" + Display.Key(factor), cancellationToken);
        }
    }

    /// <summary>
    /// Corrects one evidence item of an indicator or a resilience dimension in place (its "Edit" form); the item keeps its id and the
    /// history says "evidence edited". <paramref name="factor"/> is the section the form sits in (a factor id or <see cref="ResilienceSection"/>).
    /// </summary>
    public async Task<IActionResult> OnPostEvidenceAsync(Guid id, Guid evidenceId, string? factor, [FromForm(Name = "evidence")] EvidenceInput evidence,
        [FromServices] CorrectEvidence correctEvidence, CancellationToken cancellationToken)
    {
        try
        {
            if (await correctEvidence.RunAsync(new(id, evidenceId, evidence.ToRequest(), Actor), cancellationToken) is not { } assessment)
            {
                return NotFoundPage();
            }
            var item = assessment.Evidence.First(e => e.Id == evidenceId);
            Notice = Localized.Format(AssessmentsText.EditSavedEvidence, item.Title);
            return RedirectToPage(null, null, new { id, open = factor }, RowKey(item.Target));
        }
        catch (DomainRuleException rule)
        {
            _postedEvidence = (evidenceId, evidence);
            return await FailAsync(id, rule, factor ?? "", cancellationToken);
        }
    }

    /// <summary>Saves the resilience section all or nothing (<see cref="SaveResilienceSection"/>), as a factor section.</summary>
    public async Task<IActionResult> OnPostResilienceAsync(Guid id, [FromForm(Name = "resilience")] List<ResilienceInput> resilience,
        [FromForm(Name = "removeEvidence")] List<Guid>? removeEvidence, string? focus, [FromServices] SaveResilienceSection saveResilienceSection,
        CancellationToken cancellationToken)
    {
        try
        {
            var sectionRows = resilience.Where(r => ResilienceDimensions.Find(r.DimensionId) is not null)
                .Select(r => new SaveResilienceSection.Row(r.DimensionId, r.Rating, r.Notes, r.Evidence.ToNewRequest(r.DimensionId)))
                .ToList();
            if (await saveResilienceSection.RunAsync(new(id, sectionRows, removeEvidence ?? [], Actor), cancellationToken) is not { } saved)
            {
                return NotFoundPage();
            }
            if (WantsJson)
            {
                return new JsonResult(new { profile = ProfileCalculator.Calculate(await frameworks.ForAsync(saved.Assessment, cancellationToken), saved.Assessment) });
            }
            Notice = saved.Changed
                ? Localized.Format(AssessmentsText.EditSavedResilience, saved.Rated, saved.Added, saved.Removed)
                : Localized.Format(AssessmentsText.EditNoChanges, AssessmentsText.ResilienceTitle);
            var anchor = focus is not null && sectionRows.Any(r => r.DimensionId == focus) ? RowKey(focus) : "resilience-section";
            return RedirectToPage(null, null, new { id, open = ResilienceSection }, anchor);
        }
        catch (DomainRuleException rule)
        {
            _postedResilience = resilience.GroupBy(r => r.DimensionId).ToDictionary(g => g.Key, g => g.First());
            return await FailAsync(id, rule, ResilienceSection, cancellationToken);
        }
    }

    private bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private async Task<IActionResult> FailAsync(Guid id, DomainRuleException rule, string section, CancellationToken cancellationToken)
    {
        if (WantsJson)
        {
            return new JsonResult(DomainRuleExceptionHandler.ProblemFor(rule, rule.CurrentMessage))
            { StatusCode = DomainRuleExceptionHandler.StatusCodeFor(rule), ContentType = "application/problem+json" };
        }
        // A change that broke a rule may have altered the tracked assessment in memory without saving it; reload shows what is stored.
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFoundPage();
        }
        ErrorSection = section;
        ShowRuleBroken(rule);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAssessmentAsync(db, frameworks, countries, id, cancellationToken))
        {
            return false;
        }
        var assessment = Assessment;
        Describe = new DescribeInput
        {
            Title = assessment.Title,
            AsOf = Display.Date(assessment.AsOf),
            Areas = assessment.Areas,
            Summary = assessment.Summary,
        };
        return true;
    }
}

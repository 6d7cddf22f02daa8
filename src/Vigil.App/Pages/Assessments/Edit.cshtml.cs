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
public sealed class EditModel(VigilDb db, FrameworkCatalog frameworks, CountryCatalog countries, AssessmentEditing editing) : AssessmentPageModel
{
    public sealed record SectionView(EditModel Page, RiskFactorDefinition Factor);

    public sealed record RowView(int Index, IndicatorDefinition Definition, IndicatorRowInput Input, EvidenceEditorView Evidence, string FactorId);

    /// <summary>The section name of the resilience form, as factor ids name theirs (?open=, the evidence forms' "factor" field).</summary>
    public const string ResilienceSection = "resilience";

    /// <summary>The element id of the row of an indicator ("ind-7-9") or a resilience dimension ("res-P1"), also the prefix of its fields' ids.</summary>
    public static string RowKey(string target) =>
        ResilienceDimensions.Find(target) is not null ? "res-" + target : "ind-" + Display.Key(target);

    /// <summary>Sections rendered open: the one just saved (?open=RF3), or all (?open=all).</summary>
    [BindProperty(SupportsGet = true, Name = "open")]
    public string? Open { get; set; }

    /// <summary>The section whose save failed; its rows show what was posted, not what is stored.</summary>
    public string? ErrorSection { get; private set; }

    public DescribeInput Describe { get; private set; } = new();

    private Dictionary<string, IndicatorRowInput> _posted = [];
    private Dictionary<string, ResilienceInput> _postedResilience = [];
    private (Guid Id, EvidenceInput Input)? _postedEvidence;

    public bool IsOpen(string section) =>
        Open == "all" || string.Equals(Open, section, StringComparison.Ordinal) || ErrorSection == section;

    public FactorProfile FactorProfile(string factorId) => Profile.RiskFactors.First(f => f.Id == factorId);

    public IReadOnlyList<RowView> Rows(RiskFactorDefinition factor) =>
        factor.Indicators.Select((definition, index) =>
        {
            var input = _posted.TryGetValue(definition.Id, out var posted) ? posted : IndicatorRowInput.From(definition, Assessment.JudgementFor(definition.Id));
            return new RowView(index, definition, input, EvidenceEditor(definition.Id, $"rows[{index}]", factor.Id, input.Evidence), factor.Id);
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

    public async Task<IActionResult> OnPostDescribeAsync(Guid id, [FromForm(Name = "describe")] DescribeInput describe, CancellationToken cancellationToken)
    {
        try
        {
            var asOf = AssessmentRequests.ParseDate(describe.AsOf, "asOf");
            if (await editing.DescribeAsync(id, describe.Title ?? "", asOf, describe.Areas, describe.Summary, Actor, cancellationToken) is null)
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

    public async Task<IActionResult> OnPostFactorAsync(Guid id, string? factor, [FromForm(Name = "rows")] List<IndicatorRowInput> rows,
        [FromForm(Name = "removeEvidence")] List<Guid>? removeEvidence, string? focus, CancellationToken cancellationToken)
    {
        if (await db.LoadAssessmentAsync(id, Viewer, cancellationToken) is not { } assessment)
        {
            return NotFoundPage();
        }
        var framework = await frameworks.ForAsync(assessment, cancellationToken);
        var section = framework.RiskFactors.FirstOrDefault(f => f.Id == factor);
        if (section is null)
        {
            return BadRequest();
        }
        try
        {
            // Parse everything first, so that a typo in one row does not leave half the section saved.
            var work = rows.Where(r => section.Indicators.Any(i => i.Id == r.IndicatorId))
                .Select(r => (Row: r, Definition: section.Indicators.First(i => i.Id == r.IndicatorId), Request: r.ToRequest(),
                    Evidence: r.Evidence.ToNewRequest(r.IndicatorId)))
                .ToList();
            var judged = 0;
            foreach (var (row, definition, request, _) in work.Where(w => w.Row.Differs(w.Definition, assessment.JudgementFor(w.Row.IndicatorId))))
            {
                await editing.JudgeAsync(id, row.IndicatorId, request, Actor, cancellationToken);
                judged++;
            }
            var (added, removed) = await SaveEvidenceAsync(id, work.Select(w => (w.Row.IndicatorId, w.Evidence)), removeEvidence, cancellationToken);
            if (WantsJson)
            {
                return new JsonResult(new { profile = ProfileCalculator.Calculate(framework, assessment) });
            }
            Notice = judged + added + removed == 0 ? Localized.Format(AssessmentsText.EditNoChanges, section.Id) : Localized.Format(AssessmentsText.EditSavedFactor, section.Id, judged, added, removed);
            var anchor = focus is not null && section.Indicators.Any(i => i.Id == focus) ? RowKey(focus) : "factor-" + section.Id;
            return RedirectToPage(null, null, new { id, open = section.Id }, anchor);
        }
        catch (DomainRuleException rule)
        {
            _posted = rows.Where(r => r.IndicatorId.Length > 0).GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.First());
            return await FailAsync(id, rule, section.Id, cancellationToken);
        }
    }

    /// <summary>
    /// Corrects one evidence item of an indicator or a resilience dimension in place (its "Edit" form); the item keeps its id and the
    /// history says "evidence edited". <paramref name="factor"/> is the section the form sits in (a factor id or <see cref="ResilienceSection"/>).
    /// </summary>
    public async Task<IActionResult> OnPostEvidenceAsync(Guid id, Guid evidenceId, string? factor, [FromForm(Name = "evidence")] EvidenceInput evidence,
        CancellationToken cancellationToken)
    {
        try
        {
            if (await editing.CorrectEvidenceAsync(id, evidenceId, evidence.ToRequest(), Actor, cancellationToken) is not { } assessment)
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

    public async Task<IActionResult> OnPostResilienceAsync(Guid id, [FromForm(Name = "resilience")] List<ResilienceInput> resilience,
        [FromForm(Name = "removeEvidence")] List<Guid>? removeEvidence, string? focus, CancellationToken cancellationToken)
    {
        if (await db.LoadAssessmentAsync(id, Viewer, cancellationToken) is not { } assessment)
        {
            return NotFoundPage();
        }
        try
        {
            // Parse every row's new evidence first, as for a factor section.
            var work = resilience.Where(r => ResilienceDimensions.Find(r.DimensionId) is not null)
                .Select(r => (Input: r, Evidence: r.Evidence.ToNewRequest(r.DimensionId)))
                .ToList();
            var changed = 0;
            foreach (var (input, _) in work)
            {
                var stored = assessment.ResilienceFor(input.DimensionId);
                var notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
                if (stored?.Rating != input.Rating || stored?.Notes != notes)
                {
                    await editing.RateResilienceAsync(id, input.DimensionId, input.Rating, input.Notes, Actor, cancellationToken);
                    changed++;
                }
            }
            var (added, removed) = await SaveEvidenceAsync(id, work.Select(w => (w.Input.DimensionId, w.Evidence)), removeEvidence, cancellationToken);
            if (WantsJson)
            {
                return new JsonResult(new { profile = ProfileCalculator.Calculate(await frameworks.ForAsync(assessment, cancellationToken), assessment) });
            }
            Notice = changed + added + removed == 0
                ? Localized.Format(AssessmentsText.EditNoChanges, AssessmentsText.ResilienceTitle)
                : Localized.Format(AssessmentsText.EditSavedResilience, changed, added, removed);
            var anchor = focus is not null && work.Any(w => w.Input.DimensionId == focus) ? RowKey(focus) : "resilience-section";
            return RedirectToPage(null, null, new { id, open = ResilienceSection }, anchor);
        }
        catch (DomainRuleException rule)
        {
            _postedResilience = resilience.GroupBy(r => r.DimensionId).ToDictionary(g => g.Key, g => g.First());
            return await FailAsync(id, rule, ResilienceSection, cancellationToken);
        }
    }

    /// <summary>
    /// Adds the evidence typed into a section's rows (a null request: nothing typed) and removes the items ticked "Remove on save",
    /// the same for a factor section and the resilience section. Returns how many were added and removed.
    /// </summary>
    private async Task<(int Added, int Removed)> SaveEvidenceAsync(Guid id, IEnumerable<(string Target, EvidenceRequest? Request)> typed,
        List<Guid>? removeEvidence, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var (target, request) in typed)
        {
            if (request is not null)
            {
                await editing.AddEvidenceAsync(id, target, request, Actor, cancellationToken);
                added++;
            }
        }
        foreach (var evidenceId in removeEvidence ?? [])
        {
            await editing.RemoveEvidenceAsync(id, evidenceId, Actor, cancellationToken);
        }
        return (added, removeEvidence?.Count ?? 0);
    }

    private bool WantsJson => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    private async Task<IActionResult> FailAsync(Guid id, DomainRuleException rule, string section, CancellationToken cancellationToken)
    {
        if (WantsJson)
        {
            return new JsonResult(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = rule.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
                Title = rule.Conflict ? "The record's state does not allow this." : "One or more fields are invalid.",
                Detail = rule.CurrentMessage,
            })
            { StatusCode = rule.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, ContentType = "application/problem+json" };
        }
        // Entities changed by the rows saved before the failure stay saved; reload shows them.
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

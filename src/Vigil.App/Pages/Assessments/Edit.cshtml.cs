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

    public sealed record RowView(int Index, IndicatorDefinition Definition, IndicatorRowInput Input, IReadOnlyList<EvidenceItem> Evidence, string FactorId,
        Func<EvidenceItem, EvidenceFieldsView> EvidenceForm);

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
        factor.Indicators.Select((definition, index) => new RowView(
            index,
            definition,
            _posted.TryGetValue(definition.Id, out var posted) ? posted : IndicatorRowInput.From(definition, Assessment.JudgementFor(definition.Id)),
            Assessment.EvidenceFor(definition.Id).ToList(),
            factor.Id,
            e => EvidenceFieldsView.ForExisting(e, factor.Id, Viewer.CanSeeConfidentialFields(Assessment.OrganizationId),
                e.Id == _postedEvidence?.Id ? _postedEvidence.Value.Input : null))).ToList();

    public ResilienceInput ResilienceRow(string dimensionId) =>
        _postedResilience.TryGetValue(dimensionId, out var posted)
            ? posted
            : new ResilienceInput { DimensionId = dimensionId, Rating = Assessment.ResilienceFor(dimensionId)?.Rating, Notes = Assessment.ResilienceFor(dimensionId)?.Notes };

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
            Notice = UiText.T("edit.savedSummary");
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
                    Evidence: r.HasEvidence ? r.ToEvidence() : null))
                .ToList();
            int judged = 0, added = 0, removed = 0;
            foreach (var (row, definition, request, evidence) in work)
            {
                if (row.Differs(definition, assessment.JudgementFor(row.IndicatorId)))
                {
                    await editing.JudgeAsync(id, row.IndicatorId, request, Actor, cancellationToken);
                    judged++;
                }
                if (evidence is not null)
                {
                    await editing.AddEvidenceAsync(id, row.IndicatorId, evidence, Actor, cancellationToken);
                    added++;
                }
            }
            foreach (var evidenceId in removeEvidence ?? [])
            {
                await editing.RemoveEvidenceAsync(id, evidenceId, Actor, cancellationToken);
                removed++;
            }
            if (WantsJson)
            {
                return new JsonResult(new { profile = ProfileCalculator.Calculate(framework, assessment) });
            }
            Notice = judged + added + removed == 0 ? UiText.T("edit.noChanges", section.Id) : UiText.T("edit.savedFactor", section.Id, judged, added, removed);
            var anchor = focus is not null && section.Indicators.Any(i => i.Id == focus) ? "ind-" + Display.Key(focus) : "factor-" + section.Id;
            return RedirectToPage(null, null, new { id, open = section.Id }, anchor);
        }
        catch (DomainRuleException rule)
        {
            _posted = rows.Where(r => r.IndicatorId.Length > 0).GroupBy(r => r.IndicatorId).ToDictionary(g => g.Key, g => g.First());
            return await FailAsync(id, rule, section.Id, cancellationToken);
        }
    }

    /// <summary>Corrects one evidence item in place (its "Edit" form); the item keeps its id and the history says "evidence edited".</summary>
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
            Notice = UiText.T("edit.savedEvidence", item.Title);
            return RedirectToPage(null, null, new { id, open = factor }, "ind-" + Display.Key(item.Target));
        }
        catch (DomainRuleException rule)
        {
            _postedEvidence = (evidenceId, evidence);
            return await FailAsync(id, rule, factor ?? "", cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostResilienceAsync(Guid id, [FromForm(Name = "resilience")] List<ResilienceInput> resilience, CancellationToken cancellationToken)
    {
        if (await db.LoadAssessmentAsync(id, Viewer, cancellationToken) is not { } assessment)
        {
            return NotFoundPage();
        }
        try
        {
            var changed = 0;
            foreach (var input in resilience.Where(r => ResilienceDimensions.Find(r.DimensionId) is not null))
            {
                var stored = assessment.ResilienceFor(input.DimensionId);
                var notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
                if (stored?.Rating != input.Rating || stored?.Notes != notes)
                {
                    await editing.RateResilienceAsync(id, input.DimensionId, input.Rating, input.Notes, Actor, cancellationToken);
                    changed++;
                }
            }
            if (WantsJson)
            {
                return new JsonResult(new { profile = ProfileCalculator.Calculate(await frameworks.ForAsync(assessment, cancellationToken), assessment) });
            }
            Notice = changed == 0 ? UiText.T("edit.noChanges", UiText.T("resilience.title")) : UiText.T("edit.savedResilience", changed);
            return RedirectToPage(null, null, new { id, open = "resilience" }, "resilience-section");
        }
        catch (DomainRuleException rule)
        {
            _postedResilience = resilience.GroupBy(r => r.DimensionId).ToDictionary(g => g.Key, g => g.First());
            return await FailAsync(id, rule, "resilience", cancellationToken);
        }
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
                Detail = rule.Text.Current,
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

using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.App.Api;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Storage;

namespace Vigil.App.Pages.Assessments;

/// <summary>One assessment: its profile explained down to the indicators, resilience, history and review actions.</summary>
public sealed class ViewModel(VigilDb db, FrameworkCatalog frameworks, CountryCatalog countries, AssessmentReview review, StartNextVersion startNextVersion,
    TimeProvider time)
    : AssessmentPageModel
{
    /// <summary>Default "as of" date of a next version.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>A draft's organisation's newer framework version it can move to (null: none).</summary>
    public string? NewerFramework { get; private set; }

    /// <summary>The version started from this one, if any.</summary>
    public RiskAssessment? NewerVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFoundPage();

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, () => review.SubmitAsync(id, Actor, cancellationToken), AssessmentsText.ViewSubmitted, cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, () => review.ReturnAsync(id, Actor, reason, cancellationToken), AssessmentsText.ViewReturned, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, () => review.ApproveAsync(id, Actor, cancellationToken), AssessmentsText.ViewApproved, cancellationToken);

    public async Task<IActionResult> OnPostNextVersionAsync(Guid id, string? asOf, CancellationToken cancellationToken)
    {
        try
        {
            var date = string.IsNullOrWhiteSpace(asOf) ? (DateOnly?)null : AssessmentRequests.ParseDate(asOf, "asOf");
            var next = await startNextVersion.RunAsync(new(id, Actor, date), cancellationToken);
            if (next is null)
            {
                return NotFoundPage();
            }
            Notice = Localized.Format(AssessmentsText.ViewNextStarted, next.VersionNumber);
            return RedirectToPage("/Assessments/Edit", new { id = next.Id });
        }
        catch (DomainRuleException rule)
        {
            return await ShowAsync(id, rule, cancellationToken);
        }
    }

    /// <summary>The factor profile of a factor id (always present: the calculator scores every factor).</summary>
    public FactorProfile FactorProfile(string factorId) => Profile.RiskFactors.First(f => f.Id == factorId);

    public IndicatorJudgement? Judgement(string indicatorId) => Assessment.JudgementFor(indicatorId);

    /// <summary>"RF1–RF8" for consecutive factors, else "RF1, RF3"; "—" for none.</summary>
    public string FactorRange(IEnumerable<RiskFactorDefinition> factors)
    {
        var list = factors.OrderBy(f => f.Number).ToList();
        if (list.Count == 0)
        {
            return "—";
        }
        var consecutive = list.Zip(list.Skip(1), (x, y) => y.Number - x.Number).All(step => step == 1);
        return list.Count >= 2 && consecutive ? $"{list[0].Id}–{list[^1].Id}" : string.Join(", ", list.Select(f => f.Id));
    }

    /// <summary>Review decisions need a real name: "analyst" approving "analyst" would mean nothing.</summary>
    private async Task<IActionResult> ActAsync(Guid id, Func<Task<RiskAssessment?>> action, string notice, CancellationToken cancellationToken)
    {
        try
        {
            if (await action() is null)
            {
                return NotFoundPage();
            }
            Notice = notice;
            return RedirectToPage(new { id });
        }
        catch (DomainRuleException rule)
        {
            return await ShowAsync(id, rule, cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAsync(Guid id, DomainRuleException rule, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFoundPage();
        }
        ShowRuleBroken(rule);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAssessmentAsync(db, frameworks, countries, id, cancellationToken))
        {
            return false;
        }
        NewerVersion = await db.Assessments.AsNoTracking()
            .Where(a => a.PreviousVersionId == id)
            .OrderByDescending(a => a.VersionNumber)
            .FirstOrDefaultAsync(cancellationToken);
        if (Assessment.Status == AssessmentStatus.Draft && Viewer.CanEdit(Assessment.OrganizationId))
        {
            var target = await frameworks.DefaultForAsync(Assessment.OrganizationId, cancellationToken);
            NewerFramework = await frameworks.IsNewerAsync(target, Framework, cancellationToken) ? target.Version : null;
        }
        return true;
    }
}

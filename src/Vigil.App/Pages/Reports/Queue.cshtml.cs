using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Reports;
using Vigil.Reports.Verification;

namespace Vigil.App.Pages.Reports;

/// <summary>
/// The review queue (issue 13, para 10): new reports first, who is checking each, a verdict with its reason and Admiralty
/// grade, and the suggested merges, all on one page, each step a form that works without JavaScript.
/// </summary>
public sealed class QueueModel(ReviewQueue queue, ClaimReport claim, ReleaseReport release, VerifyReport verify, MergeDuplicate merge,
    UnmergeDuplicate unmerge, TimeProvider time) : VigilPageModel
{
    [BindProperty(SupportsGet = true)]
    public ReportStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];

    public bool CanReview => Viewer.Role is Vigil.Security.Roles.Admin or Vigil.Security.Roles.Analyst or Vigil.Security.Roles.Reviewer;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await queue.ListAsync(new(Status, Country), cancellationToken);

    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(() => claim.RunAsync(new(id), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken cancellationToken) =>
        StepAsync(() => release.RunAsync(new(id), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostVerifyAsync(Guid id, string? verdict, string? reason, string? reliability, int? credibility, CancellationToken cancellationToken) =>
        StepAsync(() => verify.RunAsync(new(id, verdict, reason, reliability, credibility), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(Guid id, Guid? originalId, string? reason, CancellationToken cancellationToken) =>
        StepAsync(() => merge.RunAsync(new(id, originalId, reason), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnmergeAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        StepAsync(() => unmerge.RunAsync(new(id, reason), cancellationToken), cancellationToken);

    /// <summary>Runs a step; post/redirect/get when it worked, the queue with the broken rule when not, 404 for a report the viewer cannot see.</summary>
    private async Task<IActionResult> StepAsync(Func<Task<ReportReview?>> step, CancellationToken cancellationToken)
    {
        try
        {
            if (await step() is null)
            {
                return NotFoundPage();
            }
        }
        catch (DomainRuleException rule)
        {
            ShowRuleBroken(rule);
            await OnGetAsync(cancellationToken);
            return Page();
        }
        Notice = ReportVerificationText.Saved;
        return RedirectToPage(new { Status, Country });
    }
}

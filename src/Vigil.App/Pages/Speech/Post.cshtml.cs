using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Security;
using Vigil.Speech.Monitoring;

namespace Vigil.App.Pages.Speech;

/// <summary>One post: its text (encoded, blurred when flagged), the verdict, the reviews, the Rabat form and the referrals.</summary>
public sealed class PostModel(SpeechPostQueries queries, ReviewPost review, ReferralReport referrals, RecordReferral refer, UpdateReferral answer,
    TimeProvider time) : VigilPageModel
{
    public SpeechPost? Post { get; private set; }
    public IReadOnlyList<SpeechReferral> Referrals { get; private set; } = [];

    [BindProperty]
    public RabatForm Form { get; set; } = new();

    [BindProperty]
    public string? ReturnTo { get; set; }

    [BindProperty]
    public string? Platform { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public string? AnsweredAt { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    public bool CanReview => Post is not null && Post.ReviewCount < 2 && SpeechPostAccess.CanReview(Viewer, Post);

    public bool CanRefer => Post is not null && SpeechPostAccess.CanRefer(Viewer, Post.OrganizationId);

    public bool CanSeeAuthor => Post is not null && Viewer.CanSeeConfidentialFields(Post.OrganizationId);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await review.RunAsync(Form.ToRequest(id), Viewer, cancellationToken) is null)
            {
                return NotFoundPage();
            }
        }
        catch (DomainRuleException rule)
        {
            return await RefusedAsync(id, rule, cancellationToken);
        }
        Notice = SpeechMonitorText.Reviewed;
        return ReturnTo == "queue" ? Redirect("/speech/queue") : ReturnTo == "second" ? Redirect("/speech/queue?second=true") : RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostReferAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await refer.RunAsync(id, new ReferralInput(Platform ?? "", time.GetUtcNow().UtcDateTime, Reference), Viewer, cancellationToken) is null)
            {
                return NotFoundPage();
            }
        }
        catch (DomainRuleException rule)
        {
            return await RefusedAsync(id, rule, cancellationToken);
        }
        Notice = SpeechMonitorText.Referred;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid referralId, CancellationToken cancellationToken)
    {
        try
        {
            var existing = await referrals.GetAsync(referralId, Viewer, cancellationToken);
            if (existing is null || existing.PostId != id)
            {
                return NotFoundPage();
            }
            var outcome = Enum.TryParse<ReferralOutcome>(Outcome, ignoreCase: true, out var o) && Enum.IsDefined(o) ? o : (ReferralOutcome?)null;
            var answered = outcome == ReferralOutcome.NoAnswer ? (DateTime?)null : PostFields.Time(AnsweredAt, "answeredAt") ?? time.GetUtcNow().UtcDateTime;
            await answer.RunAsync(referralId, new ReferralInput(existing.Platform, existing.ReferredAt, existing.Reference, answered, outcome), Viewer, cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            return await RefusedAsync(id, rule, cancellationToken);
        }
        Notice = SpeechMonitorText.Answered;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RefusedAsync(Guid id, DomainRuleException rule, CancellationToken cancellationToken)
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
        Post = await queries.GetAsync(id, Viewer, cancellationToken);
        if (Post is null)
        {
            return false;
        }
        Referrals = await referrals.ListAsync(Viewer, null, id, cancellationToken);
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Vigil.App.Pages.Shared;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Speech.Monitoring;

namespace Vigil.App.Pages.Speech;

/// <summary>
/// One post: its text (encoded, blurred when flagged), the verdict, the reviews, the Rabat form, the referrals, and the situations
/// it is linked to with a form to link it to another open situation of its country.
/// </summary>
public sealed class PostModel(SpeechPostQueries queries, ReviewPost review, ReferralReport referrals, RecordReferral refer, UpdateReferral answer,
    SituationQueries situations, LinkRecord link, TimeProvider time) : VigilPageModel
{
    public SpeechPost? Post { get; private set; }
    public IReadOnlyList<SpeechReferral> Referrals { get; private set; } = [];

    /// <summary>The situations the viewer may see that follow this post.</summary>
    public IReadOnlyList<(Guid Id, string Title)> LinkedSituations { get; private set; } = [];

    /// <summary>Open situations of the post's country the viewer may change and that do not follow the post yet.</summary>
    public IReadOnlyList<(Guid Id, string Title)> LinkableSituations { get; private set; } = [];

    [BindProperty]
    public Guid? SituationId { get; set; }

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
        return AfterReview(id);
    }

    /// <summary>Back to the queue the review came from ("queue" or "second", with ":ISO3" for a country's queue), else to the post; nothing else is followed.</summary>
    private IActionResult AfterReview(Guid id)
    {
        var parts = (ReturnTo ?? "").Split(':');
        var country = parts.Length == 2 && parts[1].Length == 3 && parts[1].All(char.IsAsciiLetterUpper) ? "country=" + parts[1] : null;
        return parts[0] switch
        {
            "queue" when parts.Length == 1 || country is not null => Redirect("/speech/queue" + (country is null ? "" : "?" + country)),
            "second" when parts.Length == 1 || country is not null => Redirect("/speech/queue?second=true" + (country is null ? "" : "&" + country)),
            _ => RedirectToPage(new { id }),
        };
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

    public async Task<IActionResult> OnPostLinkAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var situationId = SituationId ?? throw new DomainRuleException("situationId", SpeechMonitorText.ChooseSituation);
            if (await link.RunAsync(new(situationId, LinkKind.Speech, id), cancellationToken) is null)
            {
                return NotFoundPage();
            }
        }
        catch (DomainRuleException rule)
        {
            return await RefusedAsync(id, rule, cancellationToken);
        }
        Notice = SpeechMonitorText.LinkedToSituation;
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
        LinkedSituations = await situations.LinkingAsync(LinkKind.Speech, id, Viewer, cancellationToken);
        if (Post.CountryIso3 is { } country)
        {
            var linked = LinkedSituations.Select(s => s.Id).ToHashSet();
            LinkableSituations = [.. (await situations.ChangeableOfCountryAsync(country, Viewer, cancellationToken)).Where(s => !linked.Contains(s.Id))];
        }
        return true;
    }
}

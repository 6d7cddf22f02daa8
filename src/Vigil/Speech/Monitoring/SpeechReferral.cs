using Vigil.Security;

namespace Vigil.Speech.Monitoring;

using Classification = Vigil.Security.Classification;

/// <summary>
/// A post referred to its platform: when (UTC), the platform's reference, when it answered and what it did. Carries the post's
/// organisation and classification, so it is seen by exactly those who may see the post.
/// </summary>
public sealed class SpeechReferral
{
    public const int ReferenceMaxLength = 200;

    private SpeechReferral()
    {
    }

    public Guid Id { get; private set; }
    public Guid PostId { get; private set; }
    public string Platform { get; private set; } = "";
    public DateTime ReferredAt { get; private set; }
    public string? Reference { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public ReferralOutcome? Outcome { get; private set; }
    public Guid? OrganizationId { get; private set; }
    public Classification Classification { get; private set; }
    public string By { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Removed by the platform within 24 hours of the referral.</summary>
    public bool RemovedWithinDay => Outcome == ReferralOutcome.Removed && AnsweredAt is { } a && a - ReferredAt <= TimeSpan.FromHours(24);

    internal static SpeechReferral For(SpeechPost post, string platform, DateTime referredAt, string by, DateTime now)
    {
        var referral = new SpeechReferral { Id = Guid.NewGuid(), PostId = post.Id, OrganizationId = post.OrganizationId, Classification = post.Classification };
        referral.Edit(platform, referredAt, null, null, null, by, now);
        return referral;
    }

    internal void Edit(string platform, DateTime referredAt, string? reference, DateTime? answeredAt, ReferralOutcome? outcome, string by, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(platform) || platform.Trim().Length > 100)
        {
            throw new DomainRuleException("platform", "platform: name the platform the post was referred to (at most 100 characters).");
        }
        if (referredAt > now.AddMinutes(5))
        {
            throw new DomainRuleException("referredAt", "referredAt: a referral cannot be dated in the future.");
        }
        if (reference is { Length: > ReferenceMaxLength })
        {
            throw new DomainRuleException("reference", $"reference: at most {ReferenceMaxLength} characters.");
        }
        if (answeredAt is { } answered && answered < referredAt)
        {
            throw new DomainRuleException("answeredAt", "answeredAt: the platform cannot answer before the referral.");
        }
        if (outcome is ReferralOutcome.Removed or ReferralOutcome.Restricted or ReferralOutcome.Refused && answeredAt is null)
        {
            throw new DomainRuleException("answeredAt", "answeredAt: say when the platform answered (removed, restricted and refused are answers).");
        }
        if (outcome == ReferralOutcome.NoAnswer && answeredAt is not null)
        {
            throw new DomainRuleException("outcome", "outcome: no-answer cannot have an answer time.");
        }
        Platform = platform.Trim();
        ReferredAt = referredAt;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        AnsweredAt = answeredAt;
        Outcome = outcome;
        By = by;
        UpdatedAt = now;
    }
}

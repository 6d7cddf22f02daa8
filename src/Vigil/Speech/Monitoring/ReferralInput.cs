namespace Vigil.Speech.Monitoring;

/// <summary>A referral's fields as a reviewer gives them; times in UTC (<see cref="PostFields.Time"/> reads offsets).</summary>
public sealed record ReferralInput(string Platform, DateTime ReferredAt, string? Reference = null, DateTime? AnsweredAt = null, ReferralOutcome? Outcome = null);

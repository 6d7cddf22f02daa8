namespace Vigil.Speech.Monitoring;

/// <summary>
/// One platform's referrals of one month (yyyyMM of the referral time in UTC): how many, how many answered, how many removed within
/// 24 hours and their share of all referred, and the median hours to an answer over the answered ones.
/// </summary>
public sealed record ReferralMonth(string Platform, int Month, int Referred, int Answered, int RemovedWithinDay, double? ShareRemovedWithinDay,
    double? MedianResponseHours);

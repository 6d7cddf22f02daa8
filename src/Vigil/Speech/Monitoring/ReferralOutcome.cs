namespace Vigil.Speech.Monitoring;

/// <summary>What the platform did with a referred post.</summary>
public enum ReferralOutcome
{
    Removed,
    Restricted,
    Refused,
    NoAnswer,
}

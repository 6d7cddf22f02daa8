namespace Vigil.Speech.Monitoring;

/// <summary>What a reviewer decides about a flagged post after the Rabat Plan of Action's six-part threshold test.</summary>
public enum RabatDecision
{
    BelowThreshold,
    CounterSpeech,
    ReferToPlatform,
    ReferToAuthorities,
}

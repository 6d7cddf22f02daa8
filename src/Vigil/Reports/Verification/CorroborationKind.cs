namespace Vigil.Reports.Verification;

/// <summary>What corroborates a report: another field report, or an event of a data set (UCDP GED, ACLED, GDELT) by its id.</summary>
public enum CorroborationKind
{
    Report,
    Event,
}

namespace Vigil.Situations;

/// <summary>
/// The warning-to-action lag across situations: the median days of warnings acted on, the shares of all warnings acted on
/// within 7 and 30 days (null with no warnings) and how many were never acted on.
/// </summary>
public sealed record LagSummary(int Situations, int Warnings, int ActedOn, double? MedianDays, double? ShareWithin7Days, double? ShareWithin30Days, int NeverActedOn);

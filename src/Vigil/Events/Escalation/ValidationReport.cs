namespace Vigil.Events.Escalation;

/// <summary>The outcome of <see cref="EscalationValidation"/>: per covered onset, and false alarms per minimum severity.</summary>
public sealed record ValidationReport(IReadOnlyList<OnsetResult> Onsets, IReadOnlyList<FalseAlarmRate> FalseAlarms, int EpisodesNotCovered);

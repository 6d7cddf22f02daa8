namespace Vigil.Situations;

/// <summary>A situation as the dashboard lists it.</summary>
public sealed record SituationRow(Guid Id, string CountryIso3, IReadOnlyList<string> Areas, string Title, SituationStatus Status, SituationTrend? Trend,
    string Owner, DateOnly? ReviewDue, bool ReviewOverdue, SituationLag Lag, int Actions, DateTime UpdatedAt);

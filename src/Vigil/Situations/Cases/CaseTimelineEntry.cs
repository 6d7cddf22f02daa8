namespace Vigil.Situations.Cases;

/// <summary>A dated step of a case. <see cref="Date"/> is "yyyy-MM-dd", or "yyyy-MM" / "yyyy" when the sources give no day.</summary>
public sealed record CaseTimelineEntry(string Date, LocalizedText Text);

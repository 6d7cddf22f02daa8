namespace Vigil.Situations;

/// <summary>A month in which some actors put pressure on the parties while others supported them.</summary>
public sealed record ContradictoryStance(DateOnly Month, IReadOnlyList<string> PressureActors, IReadOnlyList<string> SupportActors);

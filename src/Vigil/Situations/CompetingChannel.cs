namespace Vigil.Situations;

/// <summary>Two mediation actions by different actors that overlap in time, neither naming the other as coordinated (para 29).</summary>
public sealed record CompetingChannel(Guid FirstActionId, string FirstActor, Guid SecondActionId, string SecondActor, DateOnly From, DateOnly To);

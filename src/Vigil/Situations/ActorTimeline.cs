namespace Vigil.Situations;

/// <summary>One actor's row of the coordination timeline: their actions in date order.</summary>
public sealed record ActorTimeline(string Actor, ActorKind Kind, IReadOnlyList<PreventionAction> Actions);

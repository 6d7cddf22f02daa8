namespace Vigil.Situations;

/// <summary>What a person says about an action (validated by <see cref="PreventionAction"/>).</summary>
public sealed record ActionDetails(
    ActorKind ActorKind, string ActorName, string OptionId, DateOnly Date, string Description,
    string? Channel = null, ActionStance? Stance = null, ActionStatus Status = ActionStatus.Done, DateOnly? Until = null, string? CoordinatedWith = null);

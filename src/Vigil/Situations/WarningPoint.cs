namespace Vigil.Situations;

/// <summary>
/// A moment the situation warned: a linked alert's raising, or a status rise to early-warning or above. <see cref="DaysToAction"/>
/// counts the days to the first action taken on or after it (null: none yet).
/// </summary>
public sealed record WarningPoint(DateOnly Date, LinkKind? Kind, Guid? AlertId, SituationStatus? Status, int? DaysToAction);

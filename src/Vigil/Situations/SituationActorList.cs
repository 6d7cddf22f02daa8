namespace Vigil.Situations;

/// <summary>
/// The actors of a situation's country: the first <see cref="SituationActors.Shown"/> by recent one-sided violence, every one named
/// for the viewer whatever its rank (the brief lists those only), and how many the register holds.
/// </summary>
public sealed record SituationActorList(string CountryIso3, IReadOnlyList<SituationActor> Top, IReadOnlyList<SituationActor> Named, int Total)
{
    public static readonly SituationActorList Empty = new("", [], [], 0);
}

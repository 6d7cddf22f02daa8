namespace Vigil.Situations.Cases;

/// <summary>Who acted in a case: a name in both languages and a kind from <see cref="CaseVocabulary.ActorKinds"/>.</summary>
public sealed record CaseActor(LocalizedText Name, string Kind);

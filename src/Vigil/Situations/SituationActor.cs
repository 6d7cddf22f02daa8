using Vigil.Actors;
using Vigil.Actors.Assessments;

namespace Vigil.Situations;

/// <summary>
/// An actor of the situation's country as one viewer sees it: its register entry with recent one-sided violence per source, its
/// latest assessment the viewer may see (null: none), and whether it is named for that viewer (the naming rule, decision 0034).
/// </summary>
public sealed record SituationActor(ActorRow Row, ActorAssessmentSummary? LatestAssessment, ActorNamingStatus Naming);

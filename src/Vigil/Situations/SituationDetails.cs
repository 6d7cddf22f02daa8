using Vigil.Alerts;
using Vigil.Situations.Options;

namespace Vigil.Situations;

/// <summary>Everything the situation page, the API and the brief show of one situation, computed once.</summary>
public sealed record SituationDetails(Situation Situation, SituationLag Lag, OptionProposal Proposal, CoordinationView Coordination,
    IReadOnlyList<Alert> Alerts, OptionCatalogDefinition Catalog, DateOnly Today)
{
    public bool ReviewOverdue => Situation.IsReviewOverdue(Today);

    /// <summary>The actors of the country the viewer may see, with their latest assessment and recent one-sided violence.</summary>
    public SituationActorList Actors { get; init; } = SituationActorList.Empty;
}

namespace Vigil.Situations;

/// <summary>A review of a situation: what changed since the last one and what was decided.</summary>
public sealed class SituationReview
{
    private SituationReview()
    {
    }

    internal SituationReview(Guid situationId, DateTime at, string by, string whatChanged, string decision, DateOnly? nextReview)
    {
        Id = Guid.NewGuid();
        SituationId = situationId;
        At = at;
        By = by;
        WhatChanged = whatChanged;
        Decision = decision;
        NextReview = nextReview;
    }

    public Guid Id { get; private set; }
    public Guid SituationId { get; private set; }
    public DateTime At { get; private set; }
    public string By { get; private set; } = "";
    public string WhatChanged { get; private set; } = "";
    public string Decision { get; private set; } = "";
    public DateOnly? NextReview { get; private set; }
}

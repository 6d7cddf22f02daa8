namespace Vigil.Situations.Cases;

/// <summary>
/// A case as the API, the JSON files of <c>vigil cases import|export</c> and the seed carry it. Everything is checked by
/// <see cref="PreventionCase"/>, which names the field at fault (e.g. "factors[2].rating").
/// </summary>
public sealed record CaseInput
{
    /// <summary>Kept on import (the same case imported again replaces itself); ignored by the API's create.</summary>
    public Guid? Id { get; init; }
    public string? CountryIso3 { get; init; }
    public LocalizedText? Title { get; init; }
    public LocalizedText? Summary { get; init; }

    /// <summary>"yyyy-MM-dd", "yyyy-MM" or "yyyy".</summary>
    public string? PeriodStart { get; init; }
    public string? PeriodEnd { get; init; }
    public string? Outcome { get; init; }
    public IReadOnlyList<CaseTimelineEntry>? Timeline { get; init; }
    public IReadOnlyList<string>? Options { get; init; }
    public IReadOnlyList<CaseActor>? Actors { get; init; }
    public IReadOnlyList<CaseFactor>? Factors { get; init; }
    public IReadOnlyList<CaseSource>? Sources { get; init; }

    /// <summary>The para-30 ratings are illustrative (written for training), not a finding.</summary>
    public bool RatingsIllustrative { get; init; }

    /// <summary>An example entry written for training, with its public sources; the pages label it so.</summary>
    public bool IsExample { get; init; }
    public string? Classification { get; init; }
    public Guid? SourceSituationId { get; init; }
}

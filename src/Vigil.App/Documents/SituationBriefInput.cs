using Vigil.Alerts;
using Vigil.Security;

namespace Vigil.App.Documents;

/// <summary>
/// Everything a situation brief says, in plain values, so the brief does not depend on how situations are stored.
/// Words from the shared vocabulary are kept as their ids (status "early-warning", trend "deteriorated", actor kind
/// "guarantor-state", action status "under-way", stance "pressure", implemented "not-yet-due"); the builder names them
/// in the brief's language. Texts users wrote stay as written; reference data (country, risk factors, options) comes in
/// both languages. <see cref="Status"/> is null for a brief drawn from an assessment alone (no situation is open yet).
/// </summary>
public sealed record SituationBriefInput(
    string Title,
    LocalizedText Country,
    string? Areas,
    Classification Classification,
    DateOnly AsOf,
    bool IsExample,
    string? Summary,
    string? Status,
    string? Trend,
    string? Owner,
    DateOnly? NextReview,
    int? WarningToActionDays,
    SituationBriefInput.WarningPicture Warning,
    IReadOnlyList<SituationBriefInput.Action> Actions,
    IReadOnlyList<SituationBriefInput.Factor> UncoveredFactors,
    IReadOnlyList<SituationBriefInput.Option> ProposedOptions)
{
    /// <summary>What the warning rests on: the latest visible assessment, the latest forecast, and recent signals.</summary>
    public sealed record WarningPicture(AssessmentSummary? Assessment, ForecastSummary? Forecast, IReadOnlyList<Signal> Signals);

    /// <summary>An assessment's profile; <paramref name="Level"/> as the profile names it ("very high"), null while withheld (too little assessed).</summary>
    public sealed record AssessmentSummary(string Title, DateOnly AsOf, bool IsDraft, string? Level, double? Score, double Coverage, bool Provisional,
        IReadOnlyList<Factor> Factors);

    /// <summary>A risk factor with its score (0–100) and how many of its indicators are present.</summary>
    public sealed record Factor(string Id, LocalizedText Title, double? Score, int Present);

    /// <summary>The country's place in a forecast run: rank among <paramref name="Ranked"/> countries, risk as a probability.</summary>
    public sealed record ForecastSummary(int Rank, int Ranked, double Risk, string Model, int DataYear);

    /// <summary>A warning signal; <paramref name="Source"/> an id ("alert", "event-surge", "hate-speech", "field-report").</summary>
    public sealed record Signal(DateOnly Date, string Source, string? Area, string Text, SignalSeverity? Severity);

    public sealed record Action(DateOnly Date, string ActorKind, string ActorName, string Option, LocalizedText? OptionTitle, string Status,
        string? Stance, string Description, IReadOnlyList<Commitment> Commitments);

    public sealed record Commitment(string Text, string Party, DateOnly? Due, string Implemented, bool Gender);

    /// <summary>A prevention option from the catalogue and the risk factors (ids) of this situation it addresses.</summary>
    public sealed record Option(string Id, LocalizedText Title, IReadOnlyList<string> Addresses);

    /// <summary>
    /// The country's actors named for the reader (an approved assessment at the required standard and a recorded decision); only those
    /// travel in a brief. Null for a brief drawn from an assessment alone, which does not look at actors.
    /// </summary>
    public IReadOnlyList<NamedActor>? NamedActors { get; init; }

    /// <summary>A named actor: kind in kebab-case, the standard and date of the naming decision, its recent one-sided violence per source.</summary>
    public sealed record NamedActor(string Name, string Kind, string Standard, DateOnly DecidedOn, string? AssessmentTitle, DateOnly? AssessmentAsOf,
        IReadOnlyList<RecentViolence> Recent);

    /// <summary>One source's one-sided violence over its months <paramref name="From"/> to <paramref name="To"/> (YYYY-MM), never summed across sources.</summary>
    public sealed record RecentViolence(string Source, string From, string To, int CivilianEvents);
}

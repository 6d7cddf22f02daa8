using Vigil.Security;
using Vigil.Situations;

namespace Vigil.App.Api;

/// <summary>What clients send about situations; plain strings so that a bad value is answered naming the field.</summary>
public static class SituationRequests
{
    public sealed record Open(string? CountryIso3, string? Title, string? Summary, string? Classification, List<string>? Areas, string? ReviewDue, Guid? AlertId);

    public sealed record Describe(string? Title, string? Summary, List<string>? Areas, string? ReviewDue, string? Lead);

    public sealed record StatusChange(string? Status, string? Reason, string? At, string? Outcome);

    public sealed record Commitment(string? Text, string? Party, string? Due, string? Implemented, bool? GenderProvision);

    public sealed record Action(string? ActorKind, string? ActorName, string? Option, string? Date, string? Description, string? Channel, string? Stance,
        string? Status, string? Until, string? CoordinatedWith, List<Commitment>? Commitments);

    public sealed record Review(string? WhatChanged, string? Decision, string? NextReview);

    public sealed record MonthTrend(string? Month, string? Trend, string? Note);

    public sealed record Link(string? Kind, Guid? TargetId);

    public sealed record Implementation(string? Implemented);

    public static OpenSituation.Request ToRequest(this Open body) => new(body.CountryIso3, body.Title, body.Summary,
        AssessmentRequests.ParseEnum<Classification>(body.Classification, "classification") ?? Classification.Internal,
        body.Areas, OptionalDate(body.ReviewDue, "reviewDue"), body.AlertId);

    public static ActionDetails ToDetails(this Action body, DateOnly today)
    {
        var date = AssessmentRequests.ParseDate(body.Date, "date");
        return new(KebabCase.Required<ActorKind>(body.ActorKind, "actorKind"), body.ActorName ?? "", body.Option ?? "", date, body.Description ?? "",
            body.Channel, KebabCase.Parse<ActionStance>(body.Stance, "stance"),
            KebabCase.Parse<ActionStatus>(body.Status, "status") ?? (date > today ? ActionStatus.Planned : ActionStatus.Done),
            OptionalDate(body.Until, "until"), body.CoordinatedWith);
    }

    public static CommitmentDetails ToDetails(this Commitment body, string path) => new(body.Text ?? "", body.Party ?? "", OptionalDate(body.Due, $"{path}.due"),
        KebabCase.Parse<CommitmentImplementation>(body.Implemented, $"{path}.implemented") ?? CommitmentImplementation.NotYetDue, body.GenderProvision ?? false);

    public static DateOnly? OptionalDate(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : AssessmentRequests.ParseDate(value, field);
}

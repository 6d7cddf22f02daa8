using System.Globalization;
using Vigil.Alerts;
using Vigil.Situations;
using Vigil.Situations.Options;

namespace Vigil.App.Api;

/// <summary>The JSON shapes of situations: words in kebab-case as the interfaces name them, dates as YYYY-MM-DD.</summary>
public static class SituationDtos
{
    public sealed record OptionDto(string Id, LocalizedText Title, IReadOnlyList<string> RiskFactors, string Reference)
    {
        public static OptionDto From(PreventionOption o) => new(o.Id, o.Title, o.RiskFactors, o.Reference);
    }

    public sealed record ProposedOptionDto(string Id, LocalizedText Title, IReadOnlyList<string> RiskFactors, double TopScore);

    public sealed record FactorDto(string Id, LocalizedText Title, double Score);

    /// <summary>The assessment the proposals come from (null: none the caller may see); a draft (not approved) is marked.</summary>
    public sealed record AssessmentRefDto(Guid Id, string Title, string AsOf, bool Draft);

    public sealed record WarningDto(string Date, string Kind, Guid? AlertId, string? Status, int? DaysToAction);

    /// <summary>Days from the latest warning to the first action on or after it (null: not acted on yet), the median of those acted on, and every warning point.</summary>
    public sealed record LagDto(int? Latest, double? Median, IReadOnlyList<WarningDto> Warnings)
    {
        public static LagDto From(SituationLag lag) => new(lag.LatestDays, lag.MedianDays, [.. lag.Points.Select(p => new WarningDto(Day(p.Date),
            p.Kind is { } k ? KebabCase.Of(k) : "status-rise", p.AlertId, p.Status is { } s ? KebabCase.Of(s) : null, p.DaysToAction))]);
    }

    public sealed record CommitmentDto(Guid Id, string Text, string Party, string? Due, string Implemented, bool GenderProvision, bool Overdue);

    public sealed record ActionDto(Guid Id, string ActorKind, string ActorName, string Option, string Date, string? Until, string? Channel, string? Stance,
        string Status, string Description, string? CoordinatedWith, string RecordedBy, IReadOnlyList<CommitmentDto> Commitments)
    {
        public static ActionDto From(PreventionAction a, DateOnly today) => new(a.Id, KebabCase.Of(a.ActorKind), a.ActorName, a.OptionId, Day(a.Date),
            a.Until is { } u ? Day(u) : null, a.Channel, a.Stance is { } s ? KebabCase.Of(s) : null, KebabCase.Of(a.Status), a.Description, a.CoordinatedWith, a.RecordedBy,
            [.. a.Commitments.Select(c => new CommitmentDto(c.Id, c.Text, c.Party, c.Due is { } d ? Day(d) : null, KebabCase.Of(c.Implemented), c.GenderProvision, c.IsOverdue(today)))]);
    }

    public sealed record AlertRefDto(Guid Id, string Title, string Status, DateTime RaisedAt, bool LinkedAutomatically);

    public sealed record ReviewDto(DateTime At, string By, string WhatChanged, string Decision, string? NextReview);

    public sealed record ChangeDto(string? From, string To, DateTime At, DateTime RecordedAt, string By, string Reason, string? Outcome);

    public sealed record TrendDto(string Month, string Trend, string By, string? Note);

    public sealed record ChannelDto(Guid FirstActionId, string FirstActor, Guid SecondActionId, string SecondActor, string From, string To);

    public sealed record StanceDto(string Month, IReadOnlyList<string> PressureActors, IReadOnlyList<string> SupportActors);

    public sealed record CoordinationDto(string? Lead, bool NoLead, IReadOnlyList<ChannelDto> CompetingChannels, IReadOnlyList<StanceDto> ContradictoryStances,
        IReadOnlyList<CommitmentDto> OverdueCommitments);

    public sealed record SituationDto(Guid Id, string CountryIso3, IReadOnlyList<string> Areas, string Title, string? Summary, string Owner, string Classification,
        string Status, string? Outcome, string? Trend, string? ReviewDue, bool ReviewOverdue, LagDto WarningToActionDays, AssessmentRefDto? Assessment,
        IReadOnlyList<ProposedOptionDto> ProposedOptions, IReadOnlyList<FactorDto> UncoveredRiskFactors, IReadOnlyList<ActionDto> Actions,
        IReadOnlyList<AlertRefDto> Alerts, IReadOnlyList<ReviewDto> Reviews, IReadOnlyList<ChangeDto> History, IReadOnlyList<TrendDto> Trends,
        CoordinationDto Coordination, IReadOnlyList<SituationActorDto> Actors, int ActorsInRegister, IReadOnlyList<LinkDto> Links)
    {
        public static SituationDto From(SituationDetails d)
        {
            var s = d.Situation;
            var links = s.Links.Where(l => l.Kind == LinkKind.Alert).ToDictionary(l => l.TargetId);
            var p = d.Proposal;
            var c = d.Coordination;
            return new(s.Id, s.CountryIso3, s.AreaList, s.Title, s.Summary, s.Owner, AssessmentRequests.JsonName(s.Classification.ToString()),
                KebabCase.Of(s.Status), s.Outcome is { } o ? KebabCase.Of(o) : null, s.LatestTrend is { } t ? KebabCase.Of(t) : null,
                s.ReviewDue is { } r ? Day(r) : null, d.ReviewOverdue, LagDto.From(d.Lag),
                p.AssessmentId is { } aid ? new AssessmentRefDto(aid, p.AssessmentTitle ?? "", Day(p.AsOf!.Value), p.Draft) : null,
                [.. p.Options.Select(x => new ProposedOptionDto(x.Id, x.Title, x.RiskFactors, Math.Round(x.TopScore, 1)))],
                [.. p.Uncovered.Select(f => new FactorDto(f.Id, f.Title, Math.Round(f.Score, 1)))],
                [.. s.Actions.OrderBy(a => a.Date).ThenBy(a => a.RecordedAt).Select(a => ActionDto.From(a, d.Today))],
                [.. d.Alerts.Select(a => new AlertRefDto(a.Id, a.Title, AssessmentRequests.JsonName(a.Status.ToString()), a.CreatedAt, links.TryGetValue(a.Id, out var l) && l.Automatic))],
                [.. s.Reviews.OrderByDescending(x => x.At).Select(x => new ReviewDto(x.At, x.By, x.WhatChanged, x.Decision, x.NextReview is { } n ? Day(n) : null))],
                [.. s.History.Select(x => new ChangeDto(x.From is { } f ? KebabCase.Of(f) : null, KebabCase.Of(x.To), x.At, x.RecordedAt, x.By, x.Reason,
                    x.Outcome is { } oc ? KebabCase.Of(oc) : null))],
                [.. s.Trends.OrderByDescending(x => x.Month).Select(x => new TrendDto(x.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), KebabCase.Of(x.Trend), x.By, x.Note))],
                new CoordinationDto(c.Lead, c.Lead is null,
                    [.. c.CompetingChannels.Select(x => new ChannelDto(x.FirstActionId, x.FirstActor, x.SecondActionId, x.SecondActor, Day(x.From), Day(x.To)))],
                    [.. c.ContradictoryStances.Select(x => new StanceDto(x.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), x.PressureActors, x.SupportActors))],
                    [.. c.OverdueCommitments.Select(x => new CommitmentDto(x.CommitmentId, x.Text, x.Party, Day(x.Due), KebabCase.Of(x.Implemented), x.GenderProvision, true))]),
                [.. d.Actors.Top.Select(SituationActorDto.From)], d.Actors.Total,
                [.. s.Links.OrderBy(l => l.WarnedAt).Select(l => new LinkDto(KebabCase.Of(l.Kind), l.TargetId, l.WarnedAt, l.LinkedAt, l.By, l.Automatic))]);
        }
    }

    /// <summary>Every record the situation follows (alerts, assessments, signals, speech posts, field reports), by kind and id.</summary>
    public sealed record LinkDto(string Kind, Guid TargetId, DateTime WarnedAt, DateTime LinkedAt, string By, bool Automatic);

    /// <summary>One source's one-sided violence over the last months of its data in the country (from, to: YYYY-MM); never summed across sources.</summary>
    public sealed record RecentViolenceDto(string Source, string From, string To, int CivilianEvents);

    public sealed record ActorAssessmentRefDto(Guid Id, string Title, string AsOf, int Version, string Status);

    /// <summary>
    /// An actor of the country in the situation's organisation's register: kind in kebab-case, named only when the naming rule says so
    /// for the caller, its latest assessment the caller may see (null: none).
    /// </summary>
    public sealed record SituationActorDto(Guid Id, string Name, string Kind, bool Named, IReadOnlyList<RecentViolenceDto> RecentCivilianEvents,
        ActorAssessmentRefDto? LatestAssessment)
    {
        public static SituationActorDto From(SituationActor a) => new(a.Row.Actor.Id, a.Row.Actor.Name, KebabCase.Of(a.Row.Actor.Kind), a.Naming.Named,
            [.. a.Row.Recent.Select(r => new RecentViolenceDto(r.Source, r.FromText, r.ToText, r.CivilianEvents))],
            a.LatestAssessment is { } l ? new ActorAssessmentRefDto(l.Id, l.Title, Day(l.AsOf), l.Version, KebabCase.Of(l.Status)) : null);
    }

    public sealed record SituationRowDto(Guid Id, string CountryIso3, IReadOnlyList<string> Areas, string Title, string Status, string? Trend, string Owner,
        string? ReviewDue, bool ReviewOverdue, int? LatestLagDays, double? MedianLagDays, int Actions, DateTime UpdatedAt)
    {
        public static SituationRowDto From(SituationRow r) => new(r.Id, r.CountryIso3, r.Areas, r.Title, KebabCase.Of(r.Status), r.Trend is { } t ? KebabCase.Of(t) : null,
            r.Owner, r.ReviewDue is { } d ? Day(d) : null, r.ReviewOverdue, r.Lag.LatestDays, r.Lag.MedianDays, r.Actions, r.UpdatedAt);
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment given as a date (midnight UTC) or a date and time (with offset, or UTC).</summary>
    public static DateTime? ParseMoment(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }
        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment.UtcDateTime
            : throw new DomainRuleException(field, $"{field}: '{value}' is not a date (YYYY-MM-DD) or a date and time (ISO 8601).");
    }

    public static DateOnly ParseMonth(string? value, string field) =>
        DateOnly.TryParseExact(value?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : throw new DomainRuleException(field, $"{field}: '{value}' is not a month in the form YYYY-MM.");
}

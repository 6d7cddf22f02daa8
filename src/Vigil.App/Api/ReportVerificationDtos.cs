using Vigil.Reports;
using Vigil.Reports.Verification;
using Vigil.Situations;

namespace Vigil.App.Api;

/// <summary>The answers of the verification endpoints; enum words in kebab case ("womens-group"), statuses as the request spells them.</summary>
public static class ReportVerificationDtos
{
    public sealed record CorroborationDto(string Kind, string Target, string? Note, string By, DateTime At);

    public sealed record ReviewDto(Guid ReportId, string Status, string? Reason, string? Reliability, int? Credibility, string? DecidedBy, DateTime? DecidedAt,
        string? ClaimedBy, DateTime? ClaimedUntil, Guid? DuplicateOfId, IReadOnlyList<CorroborationDto> Corroborations)
    {
        public static ReviewDto From(ReportReview review, DateTime now) => new(review.ReportId, KebabCase.Of(review.Status), review.Reason,
            review.Reliability?.ToString(), review.Credibility, review.DecidedBy, review.DecidedAt, review.ClaimantAt(now),
            review.ClaimantAt(now) is null ? null : review.ClaimedUntil, review.DuplicateOfId,
            [.. review.Corroborations.Select(c => new CorroborationDto(KebabCase.Of(c.Kind), c.Target, c.Note, c.By, c.At))]);
    }

    public sealed record SuggestionDto(Guid OriginalId, Guid DuplicateId, double Similarity)
    {
        public static SuggestionDto From(DuplicateSuggestion s) => new(s.OriginalId, s.DuplicateId, Math.Round(s.Similarity, 3));
    }

    public sealed record QueueRowDto(Guid ReportId, DateTime ReceivedAt, DateTime OccurredAt, string CountryIso3, string? Admin1, string Text, string? Network,
        string Status, string? Reason, string? Reliability, int? Credibility, string? ClaimedBy, DateTime? ClaimedUntil, Guid? DuplicateOfId, IReadOnlyList<SuggestionDto> Suggestions)
    {
        public static QueueRowDto From(QueueRow r) => new(r.ReportId, r.ReceivedAt, r.OccurredAt, r.CountryIso3, r.Admin1, r.Text,
            r.Network is { } n ? KebabCase.Of(n) : null, KebabCase.Of(r.Status), r.Reason, r.Reliability?.ToString(), r.Credibility, r.ClaimedBy, r.ClaimedUntil, r.DuplicateOfId,
            [.. r.Suggestions.Select(SuggestionDto.From)]);
    }

    public sealed record StatusCountDto(string Status, int Reports);

    public sealed record HarmCellDto(string Sex, string Age, int Reports, int People);

    public sealed record NetworkRowDto(string? Network, int Reports, int Reporters);

    public sealed record AnalysisDto(string? Country, int Reports, IReadOnlyList<StatusCountDto> Statuses, IReadOnlyList<HarmCellDto> Harm, IReadOnlyList<NetworkRowDto> Networks)
    {
        public static AnalysisDto From(ReportAnalysis a) => new(a.Country, a.Reports,
            [.. a.Statuses.Select(s => new StatusCountDto(KebabCase.Of(s.Status), s.Reports))],
            [.. a.Harm.Select(h => new HarmCellDto(KebabCase.Of(h.Sex), KebabCase.Of(h.Age), h.Reports, h.People))],
            [.. a.Networks.Select(n => new NetworkRowDto(n.Network is { } w ? KebabCase.Of(w) : null, n.Reports, n.Reporters))]);
    }

    public sealed record Verification(string? Status, string? Reason, string? Reliability, int? Credibility);

    public sealed record Merge(Guid? OriginalId, string? Reason);

    public sealed record Unmerge(string? Reason);

    public sealed record Corroboration(string? Kind, string? Target, string? Note);

    public sealed record Evidence(Guid? AssessmentId, IReadOnlyList<string>? Indicators, string? Reliability, int? Credibility);
}

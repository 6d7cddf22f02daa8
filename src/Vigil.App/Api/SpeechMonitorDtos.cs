using System.Text.Json;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Speech;
using Vigil.Speech.Monitoring;

namespace Vigil.App.Api;

/// <summary>The shapes of the speech monitoring API (requests and answers); enum words in kebab case.</summary>
public static class SpeechMonitorDtos
{
    /// <summary>A batch of posts: each { id, text, source?, lang?, platform?, author?, postedAt?, country?, admin1?, url?, followers?, shares? }.</summary>
    public sealed record PostBatch(string? Source, string? Classification, List<JsonElement>? Posts);

    public sealed record Notes(string? Context, string? Speaker, string? Intent, string? ContentAndForm, string? Extent, string? Likelihood);

    public sealed record Review(int? Context, int? Speaker, int? Intent, int? ContentAndForm, int? Extent, int? Likelihood, string? Decision, Notes? Notes)
    {
        public ReviewPost.Request ToRequest(Guid postId)
        {
            var notes = new Dictionary<RabatFactor, string>();
            void Note(RabatFactor factor, string? text)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    notes[factor] = text.Trim();
                }
            }
            Note(RabatFactor.Context, Notes?.Context);
            Note(RabatFactor.Speaker, Notes?.Speaker);
            Note(RabatFactor.Intent, Notes?.Intent);
            Note(RabatFactor.ContentAndForm, Notes?.ContentAndForm);
            Note(RabatFactor.Extent, Notes?.Extent);
            Note(RabatFactor.Likelihood, Notes?.Likelihood);
            return new(postId, new RabatRatings(Rating(Context, RabatFactor.Context), Rating(Speaker, RabatFactor.Speaker), Rating(Intent, RabatFactor.Intent),
                Rating(ContentAndForm, RabatFactor.ContentAndForm), Rating(Extent, RabatFactor.Extent), Rating(Likelihood, RabatFactor.Likelihood), notes),
                KebabCase.Required<RabatDecision>(Decision, "decision"));
        }

        private static int Rating(int? value, RabatFactor factor) =>
            value ?? throw new DomainRuleException(RabatRatings.FieldOf(factor), $"{RabatRatings.FieldOf(factor)}: rate each Rabat factor from 0 to {RabatRatings.Maximum}.");
    }

    public sealed record Referral(Guid? PostId, string? Platform, string? ReferredAt, string? Reference, string? AnsweredAt, string? Outcome)
    {
        public ReferralInput ToInput(DateTime now) => new(Platform ?? "", PostFields.Time(ReferredAt, "referredAt") ?? now, Reference,
            PostFields.Time(AnsweredAt, "answeredAt"), KebabCase.Parse<ReferralOutcome>(Outcome, "outcome"));
    }

    public sealed record IngestOutcome(int Received, int Stored, int AlreadyStored, int Classified);

    public sealed record VerdictDto(string Label, double PHate, double POffensive, double PNormal, bool Incitement, string? Language, string? ModelVersion,
        DateTime ClassifiedAt, IReadOnlyList<LexiconHit> LexiconHits);

    public sealed record ReviewDto(Guid Id, int Context, int Speaker, int Intent, int ContentAndForm, int Extent, int Likelihood, Notes Notes, string Decision,
        bool Second, bool? Confirms, string By, DateTime At)
    {
        public static ReviewDto From(SpeechReview r) => new(r.Id, r.Context, r.Speaker, r.Intent, r.ContentAndForm, r.Extent, r.Likelihood,
            new Notes(r.ContextNote, r.SpeakerNote, r.IntentNote, r.ContentAndFormNote, r.ExtentNote, r.LikelihoodNote), KebabCase.Of(r.Decision), r.Second, r.Confirms, r.By, r.At);
    }

    public sealed record ReferralDto(Guid Id, Guid PostId, string Platform, DateTime ReferredAt, string? Reference, DateTime? AnsweredAt, string? Outcome,
        bool RemovedWithinDay, string By, DateTime UpdatedAt)
    {
        public static ReferralDto From(SpeechReferral r) => new(r.Id, r.PostId, r.Platform, Utc(r.ReferredAt), r.Reference, r.AnsweredAt is { } a ? Utc(a) : null,
            r.Outcome is { } o ? KebabCase.Of(o) : null, r.RemovedWithinDay, r.By, Utc(r.UpdatedAt));
    }

    /// <summary>A post; <see cref="Author"/> only for those who may read its Confidential fields, <see cref="Verdict"/> null until classified.</summary>
    public sealed record PostDto(Guid Id, string Source, string PostId, string Text, string? Language, string? Platform, string? Author, DateTime? PostedAt,
        string? Country, string? Admin1, string? Url, int? Followers, int? Shares, string Classification, DateTime IngestedAt, VerdictDto? Verdict,
        double Danger, bool Flagged, string? Decision, IReadOnlyList<ReviewDto> Reviews)
    {
        public static PostDto From(SpeechPost p, Viewer viewer) => new(p.Id, p.Source, p.PostId, p.Text, p.Language, p.Platform,
            viewer.CanSeeConfidentialFields(p.OrganizationId) ? p.AuthorHandle : null, p.PostedAt is { } at ? Utc(at) : null, p.CountryIso3, p.Admin1, p.Url,
            p.Followers, p.Shares, KebabCase.Of(p.Classification), Utc(p.IngestedAt),
            p.ClassifiedAt is { } c
                ? new VerdictDto(KebabCase.Of(p.Label!.Value), p.PHate ?? 0, p.POffensive ?? 0, p.PNormal ?? 0, p.Incitement, p.VerdictLanguage, p.ModelVersion, Utc(c),
                    LexiconHitsJson.Read(p.LexiconHits))
                : null,
            p.Danger, p.Flagged, p.Decision is { } d ? KebabCase.Of(d) : null, [.. p.Reviews.OrderBy(r => r.At).Select(ReviewDto.From)]);
    }

    public sealed record ReferralMonthDto(string Platform, string Month, int Referred, int Answered, int RemovedWithinDay, double? ShareRemovedWithinDay,
        double? MedianResponseHours)
    {
        public static ReferralMonthDto From(ReferralMonth m) => new(m.Platform, Events.YearMonth.Text(m.Month), m.Referred, m.Answered, m.RemovedWithinDay,
            m.ShareRemovedWithinDay, m.MedianResponseHours);
    }

    public sealed record SurgeRowDto(string Month, int HatePosts, int IncitementPosts);

    public sealed record SurgeSeriesDto(string Country, string Dimension, string Key, IReadOnlyList<SurgeRowDto> Rows);

    public sealed record SurgeFindingDto(string Country, string Dimension, string Key, string Month, string Measure, int Observed, double Expected, double Score,
        string Severity);

    public sealed record SurgesDto(IReadOnlyList<SurgeSeriesDto> Series, IReadOnlyList<SurgeFindingDto> Surges)
    {
        public static SurgesDto From(IReadOnlyList<SurgeSeries> series) => new(
            [.. series.Select(s => new SurgeSeriesDto(s.Country, s.Dimension, s.Key, [.. s.Rows.Select(r => new SurgeRowDto(Events.YearMonth.Text(r.Month), r.HatePosts, r.IncitementPosts))]))],
            [.. series.SelectMany(SurgeDetection.Scan).Select(FindingDto)]);

        public static SurgeFindingDto FindingDto(SurgeFinding f) => new(f.Country, f.Dimension, f.Key, Events.YearMonth.Text(f.Month), f.Measure, f.Observed, f.Expected,
            f.Score, f.Severity.ToString().ToLowerInvariant());
    }

    /// <summary>Times read back from SQLite come unspecified; they are UTC, and the JSON says so.</summary>
    public static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);
}

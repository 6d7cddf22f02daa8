namespace Vigil.Assessment;

/// <summary>
/// The 412 answer to a write whose If-Match named a version someone else has replaced: what each judgement is now and who
/// changed it last, so a client can show the other person's values before replacing them (with the new version as If-Match).
/// </summary>
public sealed record JudgementConflict(int Status, string Title, string Detail, IReadOnlyList<JudgementConflict.Current> Judgements)
{
    public sealed record Current(string Target, IndicatorStatus Status, int? Severity, Trend? Trend, Confidence? Confidence, string? Notes,
        bool Gender, string? Area, string Version, string? ChangedBy, DateTime? ChangedAt);

    public static JudgementConflict From(StaleJudgementException stale) =>
        new(412, "Someone else changed this since you read it.", stale.Message,
            stale.Rows.Select(r => new Current(r.Target, r.Current?.Status ?? IndicatorStatus.NotAssessed, r.Current?.Severity, r.Current?.Trend,
                r.Current?.Confidence, r.Current?.Notes, r.Current?.Gender ?? false, r.Current?.Area, r.Version, r.ChangedBy, r.ChangedAt)).ToList());
}

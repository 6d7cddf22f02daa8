namespace Vigil.Assessment;

/// <summary>
/// A write named the version of a judgement it read (If-Match, the editor's hidden version field) and someone else has changed
/// that judgement since: nothing was stored. <see cref="Rows"/> says what each judgement is now, and who changed it last, so
/// the person can see the other's values before deciding to replace them (HTTP 412 Precondition Failed).
/// </summary>
public sealed class StaleJudgementException(IReadOnlyList<StaleJudgementException.Row> rows)
    : Exception($"Someone else changed {string.Join(", ", rows.Select(r => r.Target))} since you read it: nothing was saved. Read it again and retry.")
{
    /// <summary>A judgement changed since it was read: its finding now (null: none), its current version, and its last change.</summary>
    public sealed record Row(string Target, Judgement? Current, string Version, string? ChangedBy, DateTime? ChangedAt);

    public IReadOnlyList<Row> Rows { get; } = rows;

    /// <summary>What is stored for <paramref name="target"/> of <paramref name="assessment"/> and who changed it last.</summary>
    public static Row RowOf(RiskAssessment assessment, string target, Judgement? current, string version)
    {
        var last = assessment.History.Where(h => h.Target == target && h.Action == "judged").MaxBy(h => h.At);
        return new Row(target, current, version, last?.Actor, last?.At);
    }
}

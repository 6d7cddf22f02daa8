using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Assessment;

/// <summary>
/// The version of a judgement (an indicator's or a factor's as a whole) for optimistic concurrency: a short hash of the finding
/// (status, severity, trend, confidence, notes, gender, area). Evidence items are not part of it: each has its own id and is
/// added, corrected and removed one by one. A judgement not yet recorded has the version of the blank finding the editor shows,
/// so that an unchanged row can be told from a changed one without storing anything more (no column, no migration).
/// </summary>
public static class JudgementVersion
{
    /// <summary>The version of a stored judgement, or of the blank finding when there is none (<paramref name="defaultGender"/> as the editor shows it).</summary>
    public static string Of(Judgement? judgement, bool defaultGender) =>
        judgement is null
            ? Hash(IndicatorStatus.NotAssessed, null, null, null, null, defaultGender, null)
            : Hash(judgement.Status, judgement.Severity, judgement.Trend, judgement.Confidence, judgement.Notes, judgement.Gender, judgement.Area);

    /// <summary>
    /// The version the stored judgement would have after <paramref name="request"/> is recorded, read as <see cref="Judgement"/>
    /// stores it (severity 2 when present and none given, trend only when present, blank text as none).
    /// </summary>
    public static string Of(JudgementRequest request, bool defaultGender)
    {
        var present = request.Status == IndicatorStatus.Present;
        return Hash(request.Status, present ? request.Severity ?? 2 : null, present ? request.Trend : null, request.Confidence,
            Clean(request.Notes), request.Gender ?? defaultGender, Clean(request.Area));
    }

    /// <summary>The entity tag of a judgement version (HTTP quotes it).</summary>
    public static string Tag(string version) => $"\"{version}\"";

    /// <summary>The entity tag of a whole assessment: it changes with every change to it (its last change time).</summary>
    public static string AssessmentTag(RiskAssessment assessment) =>
        $"\"a{assessment.UpdatedAt.Ticks.ToString("x", CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// Whether an If-Match header lets a write go ahead: no header (last write wins), "*", the judgement's current tag, or the
    /// assessment's current tag (a client that read the whole assessment). A list of tags matches when any does.
    /// </summary>
    public static bool Matches(string? ifMatch, string currentVersion, RiskAssessment assessment)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return true;
        }
        var current = Tag(currentVersion);
        var whole = AssessmentTag(assessment);
        return ifMatch.Split(',').Select(t => t.Trim()).Select(t => t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t)
            .Any(t => t == "*" || t == current || t == whole || t == currentVersion);
    }

    /// <summary>Throws <see cref="StaleJudgementException"/> when <paramref name="ifMatch"/> names a version of <paramref name="target"/> that is no longer current.</summary>
    public static void Check(RiskAssessment assessment, string target, Judgement? current, bool defaultGender, string? ifMatch)
    {
        var version = Of(current, defaultGender);
        if (!Matches(ifMatch, version, assessment))
        {
            throw new StaleJudgementException([StaleJudgementException.RowOf(assessment, target, current, version)]);
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Hash(IndicatorStatus status, int? severity, Trend? trend, Confidence? confidence, string? notes, bool gender, string? area)
    {
        // Unit separators keep "a|b" + "c" apart from "a" + "b|c".
        var text = string.Join('\u001f', status, severity?.ToString(CultureInfo.InvariantCulture), trend, confidence, notes, gender, area);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }
}

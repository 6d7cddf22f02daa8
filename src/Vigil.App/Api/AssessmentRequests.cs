using System.Globalization;
using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.App.Api;

/// <summary>
/// The JSON shapes clients send. Fields are plain strings so that a bad value is answered
/// with a ProblemDetails naming the field, not a generic binding error.
/// </summary>
public static class AssessmentRequests
{
    public sealed record Create(string? CountryIso3, string? Title, string? AsOf, string? Classification, string? Areas);

    public sealed record Describe(string? Title, string? AsOf, string? Areas, string? Summary);

    public sealed record Judgement(string? Status, int? Severity, string? Trend, string? Confidence, string? Notes, bool? Gender, string? Area, List<Evidence>? Evidence);

    public sealed record Evidence(string? Title, string? Url, string? Reference, string? Date, string? SourceType, string? Reliability, int? Credibility,
        string? SourceIdentity = null);

    public sealed record Resilience(int? Rating, string? Notes);

    public sealed record Review(string? Approver, string? Reason);

    public sealed record NextVersion(string? AsOf, string? Author);

    /// <summary>A null version moves to the organisation's chosen framework version.</summary>
    public sealed record MoveFramework(string? Version);

    public static DateOnly ParseDate(string? value, string field, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? throw new DomainRuleException(field, $"{field} is required (YYYY-MM-DD).") : default;
        }
        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DomainRuleException(field, $"{field}: '{value}' is not a date in the form YYYY-MM-DD.");
    }

    public static T? ParseEnum<T>(string? value, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var key = value.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse<T>(key, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new DomainRuleException(field, $"{field}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => JsonName(n)))}.");
    }

    public static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static CreateAssessment.Request ToRequest(this Create body, string author) => new(
        string.IsNullOrWhiteSpace(body.CountryIso3) ? throw new DomainRuleException("countryIso3", "countryIso3 is required.") : body.CountryIso3.Trim().ToUpperInvariant(),
        string.IsNullOrWhiteSpace(body.Title) ? throw new DomainRuleException("title", "title is required.") : body.Title,
        ParseDate(body.AsOf, "asOf"),
        author,
        ParseEnum<Classification>(body.Classification, "classification") ?? Classification.Internal,
        body.Areas);

    public static JudgementRequest ToRequest(this Judgement body) => new(
        ParseEnum<IndicatorStatus>(body.Status, "status") ?? throw new DomainRuleException("status", "status is required: present, absent, unknown or notAssessed."),
        body.Severity,
        ParseEnum<Trend>(body.Trend, "trend"),
        ParseEnum<Confidence>(body.Confidence, "confidence"),
        body.Notes,
        body.Gender,
        body.Area,
        body.Evidence?.Select((e, i) => e.ToRequest($"evidence[{i}]")).ToList());

    /// <summary>
    /// The checks every piece of evidence shares, country or actor assessment: an address is http(s), the source's
    /// reliability one letter A–F (F, cannot be judged, when left out) and the information's credibility 1–6. Answers the
    /// reliability letter.
    /// </summary>
    public static char CheckSource(string path, string? url, string? reliabilityText, int? credibility)
    {
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw new DomainRuleException($"{path}.url", $"{path}.url must be an http or https address; use reference for a document number.");
        }
        var reliability = string.IsNullOrWhiteSpace(reliabilityText) ? 'F' : reliabilityText.Trim()[0];
        if (reliabilityText is { Length: > 1 } || reliability is not (>= 'A' and <= 'F') and not (>= 'a' and <= 'f'))
        {
            throw new DomainRuleException($"{path}.reliability", $"{path}.reliability must be one letter A–F (Admiralty scale).");
        }
        if (credibility is < 1 or > 6)
        {
            throw new DomainRuleException($"{path}.credibility", $"{path}.credibility must be 1–6 (Admiralty scale).");
        }
        return reliability;
    }

    public static EvidenceRequest ToRequest(this Evidence e, string path)
    {
        if (string.IsNullOrWhiteSpace(e.Title))
        {
            throw new DomainRuleException($"{path}.title", $"{path}.title is required.");
        }
        var reference = e.Url ?? e.Reference;
        var reliability = CheckSource(path, e.Url, e.Reliability, e.Credibility);
        return new EvidenceRequest(e.Title, reference, string.IsNullOrWhiteSpace(e.Date) ? null : ParseDate(e.Date, $"{path}.date"),
            ParseEnum<SourceType>(e.SourceType, $"{path}.sourceType") ?? SourceType.Other, reliability, e.Credibility ?? 6, e.SourceIdentity);
    }
}

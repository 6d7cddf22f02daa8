using System.ComponentModel.DataAnnotations;
using Vigil.App.Api;
using Vigil.App.Pages.Shared;
using Vigil.Assessment;

namespace Vigil.App.Pages.Assessments;

/// <summary>
/// An evidence item's fields as the editor posts them, parsed by the same code as the API's: the "Add evidence" fields of an
/// indicator or resilience row (rows[i].Evidence.…, resilience[i].Evidence.…) or an existing item's "Edit" form (evidence.…).
/// </summary>
public sealed class EvidenceInput
{
    public string? Title { get; set; }
    public string? Reference { get; set; }
    public string? Date { get; set; }
    public string? Source { get; set; }
    public string? Reliability { get; set; }
    public int? Credibility { get; set; }

    /// <summary>Null when the form had no such field (kept as stored); an emptied field posts "" and clears it.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? SourceIdentity { get; set; }

    /// <summary>True when something was typed into "Add evidence" fields (a title or a reference); the selects always post a value.</summary>
    public bool IsFilled => !string.IsNullOrWhiteSpace(Title) || !string.IsNullOrWhiteSpace(Reference);

    /// <summary>Empty "Add evidence" fields: an unknown source that cannot be judged until the analyst grades it.</summary>
    public static EvidenceInput Blank() => new()
    {
        Source = AssessmentRequests.JsonName(nameof(SourceType.Other)),
        Reliability = "F",
        Credibility = 6,
    };

    public static EvidenceInput From(EvidenceItem item, bool showSourceIdentity) => new()
    {
        Title = item.Title,
        Reference = item.Reference,
        Date = item.Date is { } d ? Display.Date(d) : null,
        Source = AssessmentRequests.JsonName(item.SourceType.ToString()),
        Reliability = item.Reliability.ToString(),
        Credibility = item.Credibility,
        SourceIdentity = showSourceIdentity ? item.SourceIdentity : null,
    };

    /// <summary>The corrected item; a reference starting with http(s):// is kept as a URL and checked as one, as when adding.</summary>
    public EvidenceRequest ToRequest(string path = "evidence")
    {
        var reference = Reference?.Trim();
        var isUrl = reference is not null && (reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        return new AssessmentRequests.Evidence(Title, isUrl ? reference : null, isUrl ? null : reference, Date,
            Source, Reliability, Credibility, SourceIdentity).ToRequest(path);
    }

    /// <summary>The item typed into the "Add evidence" fields of <paramref name="target"/>'s row; null when they were left empty.</summary>
    public EvidenceRequest? ToNewRequest(string target) => IsFilled ? ToRequest($"{target} evidence") : null;
}

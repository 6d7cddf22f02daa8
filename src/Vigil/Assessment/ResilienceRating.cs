namespace Vigil.Assessment;

/// <summary>A rating of one resilience dimension: 0 none, 1 weak, 2 moderate, 3 strong.</summary>
public sealed class ResilienceRating
{
    private ResilienceRating()
    {
    }

    internal ResilienceRating(string dimensionId) => DimensionId = dimensionId;

    public Guid AssessmentId { get; private set; }
    public string DimensionId { get; private set; } = "";
    public int? Rating { get; private set; }
    public string? Notes { get; private set; }

    internal void Set(int? rating, string? notes)
    {
        if (rating is not null and (< 0 or > 3))
        {
            throw new DomainRuleException("rating", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.ResilienceRatingRange)));
        }
        AnalystNotes.Check(notes);
        Rating = rating;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }
}

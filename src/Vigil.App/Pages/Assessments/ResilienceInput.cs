using Vigil.Assessment;

namespace Vigil.App.Pages.Assessments;

/// <summary>One resilience dimension as posted by the editor (resilience[i].…), with the optional new evidence item typed into its "Add evidence" fields.</summary>
public sealed class ResilienceInput
{
    public string DimensionId { get; set; } = "";

    /// <summary>0 none, 1 weak, 2 moderate, 3 strong; empty for not rated.</summary>
    public int? Rating { get; set; }

    public string? Notes { get; set; }

    /// <summary>The row's "Add evidence" fields (resilience[i].Evidence.…).</summary>
    public EvidenceInput Evidence { get; set; } = new();

    public static ResilienceInput From(string dimensionId, ResilienceRating? stored) => new()
    {
        DimensionId = dimensionId,
        Rating = stored?.Rating,
        Notes = stored?.Notes,
        Evidence = EvidenceInput.Blank(),
    };
}

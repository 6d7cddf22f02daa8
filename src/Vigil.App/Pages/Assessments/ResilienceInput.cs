namespace Vigil.App.Pages.Assessments;

/// <summary>One resilience dimension as posted by the editor (resilience[i].…).</summary>
public sealed class ResilienceInput
{
    public string DimensionId { get; set; } = "";

    /// <summary>0 none, 1 weak, 2 moderate, 3 strong; empty for not rated.</summary>
    public int? Rating { get; set; }

    public string? Notes { get; set; }
}

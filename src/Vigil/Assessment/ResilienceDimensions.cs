namespace Vigil.Assessment;

/// <summary>
/// The resilience side of an assessment, from the Secretary-General's 2019 report
/// (A/73/898): the five national priorities of para 16 (a–e) and the six factors of
/// effectiveness of para 30 (a–f). Shown beside risk, never subtracted from it.
/// </summary>
public static class ResilienceDimensions
{
    /// <summary>Title and question come from the feature's texts ("DimensionTitle_P1"), in the reader's language.</summary>
    public sealed record Dimension(string Id, string Group)
    {
        public ResourceText Title => new(AssessmentDomainText.ResourceManager, "DimensionTitle_" + Id);

        public ResourceText Question => new(AssessmentDomainText.ResourceManager, "DimensionQuestion_" + Id);
    }

    public static readonly IReadOnlyList<Dimension> All =
    [
        new("P1", "priority"),
        new("P2", "priority"),
        new("P3", "priority"),
        new("P4", "priority"),
        new("P5", "priority"),
        new("E1", "effectiveness"),
        new("E2", "effectiveness"),
        new("E3", "effectiveness"),
        new("E4", "effectiveness"),
        new("E5", "effectiveness"),
        new("E6", "effectiveness"),
    ];

    public static Dimension? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}

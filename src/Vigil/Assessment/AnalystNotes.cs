namespace Vigil.Assessment;

/// <summary>The one rule for an analyst's free-text notes on an indicator or a resilience dimension.</summary>
internal static class AnalystNotes
{
    public const int MaxLength = 10_000;

    public static void Check(string? notes)
    {
        if (notes is { Length: > MaxLength })
        {
            throw new DomainRuleException("notes", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.NotesTooLong)));
        }
    }
}

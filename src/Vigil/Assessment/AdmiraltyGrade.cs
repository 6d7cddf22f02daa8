namespace Vigil.Assessment;

/// <summary>
/// Admiralty (NATO) grading of a piece of evidence: source reliability A (completely
/// reliable) to F (cannot be judged), information credibility 1 (confirmed) to 6 (cannot be judged).
/// </summary>
public readonly record struct AdmiraltyGrade
{
    public AdmiraltyGrade(char reliability, int credibility)
    {
        reliability = char.ToUpperInvariant(reliability);
        if (reliability is < 'A' or > 'F')
        {
            throw new DomainRuleException("reliability", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.GradeReliability)));
        }
        if (credibility is < 1 or > 6)
        {
            throw new DomainRuleException("credibility", new ResourceText(AssessmentDomainText.ResourceManager, nameof(AssessmentDomainText.GradeCredibility)));
        }
        Reliability = reliability;
        Credibility = credibility;
    }

    public char Reliability { get; }
    public int Credibility { get; }

    public override string ToString() => $"{Reliability}{Credibility}";
}

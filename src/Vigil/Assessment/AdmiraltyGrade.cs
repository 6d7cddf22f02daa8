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
            throw new DomainRuleException("reliability", "Reliability must be a letter from A (completely reliable) to F (cannot be judged).");
        }
        if (credibility is < 1 or > 6)
        {
            throw new DomainRuleException("credibility", "Credibility must be a number from 1 (confirmed) to 6 (cannot be judged).");
        }
        Reliability = reliability;
        Credibility = credibility;
    }

    public char Reliability { get; }
    public int Credibility { get; }

    public override string ToString() => $"{Reliability}{Credibility}";
}

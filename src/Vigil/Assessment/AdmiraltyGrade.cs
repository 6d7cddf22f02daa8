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
            throw new DomainRuleException("reliability", new LocalizedText("Reliability must be a letter from A (completely reliable) to F (cannot be judged).", "可靠性须为 A（完全可靠）到 F（无法判断）之间的字母。"));
        }
        if (credibility is < 1 or > 6)
        {
            throw new DomainRuleException("credibility", new LocalizedText("Credibility must be a number from 1 (confirmed) to 6 (cannot be judged).", "可信度须为 1（已证实）到 6（无法判断）之间的数字。"));
        }
        Reliability = reliability;
        Credibility = credibility;
    }

    public char Reliability { get; }
    public int Credibility { get; }

    public override string ToString() => $"{Reliability}{Credibility}";
}

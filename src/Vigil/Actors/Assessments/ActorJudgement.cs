using Vigil.Assessment;

namespace Vigil.Actors.Assessments;

/// <summary>
/// The finding on one indicator of a perpetrator factor, or on the factor as a whole (<see cref="IsFactor"/>), for one
/// actor: the country judgement's fields and rules, plus the evidentiary standard the finding meets.
/// </summary>
public sealed class ActorJudgement : Judgement
{
    private ActorJudgement()
    {
    }

    internal ActorJudgement(string target, bool isFactor)
    {
        Target = target;
        IsFactor = isFactor;
    }

    /// <summary>An indicator id ("10.3") or, for a factor judged as a whole, its id ("RF10").</summary>
    public string Target { get; private set; } = "";
    public bool IsFactor { get; private set; }

    /// <summary>The standard the information behind this finding meets; required for a finding of "present".</summary>
    public EvidentiaryStandard? Standard { get; private set; }

    internal void Set(IndicatorStatus status, int? severity, Trend? trend, Confidence? confidence, string? notes, EvidentiaryStandard? standard)
    {
        if (status == IndicatorStatus.Present && standard is null)
        {
            throw new DomainRuleException("standard", new ResourceText(ActorAssessmentDomainText.ResourceManager, nameof(ActorAssessmentDomainText.StandardRequired)));
        }
        Set(status, severity, trend, confidence, notes, false, null);
        Standard = standard;
    }

    /// <summary>Whether the finding meets <paramref name="required"/> (a stronger standard meets a weaker one).</summary>
    public bool Meets(EvidentiaryStandard required) => Standard is { } s && s >= required;

    internal ActorJudgement Copy()
    {
        var copy = new ActorJudgement(Target, IsFactor);
        copy.Set(Status, Severity, Trend, Confidence, Notes, Standard);
        return copy;
    }

    internal string DescribeWithStandard() => Standard is { } s ? $"{Describe()} ({EvidentiaryStandards.Code(s)})" : Describe();
}

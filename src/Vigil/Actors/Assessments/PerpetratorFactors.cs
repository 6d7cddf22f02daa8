using Vigil.Assessment;

namespace Vigil.Actors.Assessments;

/// <summary>
/// The Framework of Analysis risk factors that concern those who may commit atrocity crimes, the ones an actor assessment
/// judges: motives or incentives (RF4), capacity (RF5), intent to destroy a group (RF10), plans or policy to attack
/// civilians (RF12), serious threats to those protected under humanitarian law (RF13). Their indicators are taken from the
/// framework version the assessment uses.
/// </summary>
public static class PerpetratorFactors
{
    public static readonly IReadOnlyList<string> Ids = ["RF4", "RF5", "RF10", "RF12", "RF13"];

    public static IEnumerable<RiskFactorDefinition> Of(FrameworkDefinition framework) =>
        framework.RiskFactors.Where(f => Ids.Contains(f.Id));

    /// <summary>The factor an indicator or factor id belongs to, when it is a perpetrator factor of the framework; null otherwise.</summary>
    public static RiskFactorDefinition? FactorOf(FrameworkDefinition framework, string target, bool isFactor) =>
        isFactor
            ? Of(framework).FirstOrDefault(f => f.Id == target)
            : Of(framework).FirstOrDefault(f => f.Indicators.Any(i => i.Id == target));
}

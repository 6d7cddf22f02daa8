using Vigil.Assessment;
using Vigil.Security;
using Vigil.Storage;

namespace Vigil.Situations.Options;

/// <summary>Matches the catalogue against the latest assessment of a situation's country that the viewer may see (approved or not).</summary>
public sealed class ProposeOptions(OptionCatalog catalog, FrameworkCatalog frameworks)
{
    public async Task<OptionProposal> RunAsync(VigilDb db, Situation situation, Viewer viewer, CancellationToken cancellationToken)
    {
        var assessment = (await db.AssessmentsOfCountryAsync(situation.CountryIso3, viewer, cancellationToken)).FirstOrDefault();
        if (assessment is null)
        {
            return OptionProposal.None;
        }
        var framework = await frameworks.ForAsync(assessment, cancellationToken);
        var profile = ProfileCalculator.Calculate(framework, assessment);
        return Match(await catalog.LatestAsync(cancellationToken), framework, profile, situation.Actions, assessment);
    }

    public static OptionProposal Match(OptionCatalogDefinition catalog, FrameworkDefinition framework, RiskProfile profile,
        IEnumerable<PreventionAction> actions, RiskAssessment assessment)
    {
        var used = actions.Where(a => a.IsTaken).Select(a => a.OptionId).ToHashSet(StringComparer.Ordinal);
        var covered = catalog.Options.Where(o => used.Contains(o.Id)).SelectMany(o => o.RiskFactors).ToHashSet(StringComparer.Ordinal);
        var present = profile.RiskFactors.Where(f => f.Present > 0 && f.Score is > 0)
            .OrderByDescending(f => f.Score).ThenBy(f => framework.RiskFactors.FirstOrDefault(d => d.Id == f.Id)?.Number ?? int.MaxValue)
            .Select(f => new PresentFactor(f.Id, framework.RiskFactors.FirstOrDefault(d => d.Id == f.Id)?.Title ?? new LocalizedText(f.Id, f.Id),
                f.Score!.Value, covered.Contains(f.Id)))
            .ToList();
        var scores = present.ToDictionary(f => f.Id, f => f.Score, StringComparer.Ordinal);
        var options = catalog.Options.Where(o => !used.Contains(o.Id))
            .Select((o, order) => (Option: o, Order: order, Factors: o.RiskFactors.Where(scores.ContainsKey).OrderByDescending(f => scores[f]).ToList()))
            .Where(x => x.Factors.Count > 0)
            .OrderByDescending(x => scores[x.Factors[0]]).ThenByDescending(x => x.Factors.Count).ThenBy(x => x.Order)
            .Select(x => new ProposedOption(x.Option.Id, x.Option.Title, x.Factors, scores[x.Factors[0]]))
            .ToList();
        return new OptionProposal(assessment.Id, assessment.Title, assessment.AsOf, assessment.Status != AssessmentStatus.Approved, present, options);
    }
}

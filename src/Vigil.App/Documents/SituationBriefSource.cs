using Microsoft.EntityFrameworkCore;
using Vigil.Actors.Assessments;
using Vigil.Assessment;
using Vigil.Countries;
using Vigil.Forecasting;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Storage;

namespace Vigil.App.Documents;

/// <summary>
/// A situation's brief: its status, trend, owner, review and lag; the warning picture (the latest assessment the viewer may see,
/// the country's latest forecast, the situation's linked alerts); the country's actors named for the reader; the actions and their
/// commitments; the uncovered risk factors and the proposed options, as the situation page computes them (<see cref="SituationQueries.DetailsAsync"/>).
/// </summary>
public static class SituationBriefSource
{
    /// <summary>The brief's input, or null when there is no such situation or the viewer may not see it.</summary>
    public static async Task<SituationBriefInput?> LoadAsync(SituationQueries situations, VigilDb db, FrameworkCatalog frameworks, Guid situationId,
        Viewer viewer, CancellationToken cancellationToken)
    {
        if (await situations.DetailsAsync(situationId, viewer, cancellationToken) is not { } details)
        {
            return null;
        }
        var s = details.Situation;
        var (assessment, forecast) = await WarningAsync(details, db, frameworks, viewer, cancellationToken);
        var signals = details.Alerts
            .OrderByDescending(a => a.LastPeriod)
            .Select(a => new SituationBriefInput.Signal(a.FirstPeriod, "alert", string.IsNullOrEmpty(a.Admin1) ? null : a.Admin1, a.Title, a.Severity))
            .ToList();
        var actions = s.Actions
            .OrderBy(a => a.Date)
            .Select(a => new SituationBriefInput.Action(a.Date, KebabCase.Of(a.ActorKind), a.ActorName, a.OptionId, details.Catalog.Find(a.OptionId)?.Title,
                KebabCase.Of(a.Status), a.Stance is { } stance ? KebabCase.Of(stance) : null, a.Description,
                [.. a.Commitments.Select(c => new SituationBriefInput.Commitment(c.Text, c.Party, c.Due, KebabCase.Of(c.Implemented), c.GenderProvision))]))
            .ToList();
        var country = CountryCatalog.Embedded.Find(s.CountryIso3)?.Name ?? new LocalizedText(s.CountryIso3, s.CountryIso3);
        var (named, classification) = await NamedActorsAsync(details, db, cancellationToken);
        return new SituationBriefInput(
            s.Title, country, string.IsNullOrEmpty(s.Areas) ? null : s.Areas, classification, details.Today, IsExample: false, s.Summary,
            KebabCase.Of(s.Status), s.LatestTrend is { } trend ? KebabCase.Of(trend) : null, s.Owner, s.ReviewDue, details.Lag.LatestDays,
            new SituationBriefInput.WarningPicture(assessment, forecast, signals),
            actions,
            [.. details.Proposal.Uncovered.Select(f => new SituationBriefInput.Factor(f.Id, f.Title, f.Score,
                assessment?.Factors.FirstOrDefault(x => x.Id == f.Id)?.Present ?? 0))],
            [.. details.Proposal.Options.Select(o => new SituationBriefInput.Option(o.Id, o.Title, o.RiskFactors))])
        {
            NamedActors = named,
        };
    }

    /// <summary>
    /// The actors named for the viewer, and the brief's marking: the situation's classification, raised to the highest of the named
    /// actors' register entries and naming decisions, since a brief carries each name to readers beyond the register (decision 0036).
    /// </summary>
    private static async Task<(List<SituationBriefInput.NamedActor> Named, Classification Marking)> NamedActorsAsync(SituationDetails details, VigilDb db,
        CancellationToken cancellationToken)
    {
        var named = details.Actors.Named;
        var namingIds = named.Select(a => a.Naming.NamingId!.Value).ToList();
        var namings = await db.ActorNamings.AsNoTracking().Where(n => namingIds.Contains(n.Id)).Select(n => n.Classification).ToListAsync(cancellationToken);
        var marking = named.Select(a => a.Row.Actor.Classification).Concat(namings).Append(details.Situation.Classification).Max();
        return ([.. named.Select(a => new SituationBriefInput.NamedActor(a.Row.Actor.Name, KebabCase.Of(a.Row.Actor.Kind), EvidentiaryStandards.Code(a.Naming.Standard!.Value),
            DateOnly.FromDateTime(a.Naming.DecidedAt!.Value), a.LatestAssessment?.Title, a.LatestAssessment?.AsOf,
            [.. a.Row.Recent.Select(r => new SituationBriefInput.RecentViolence(r.Source, r.FromText, r.ToText, r.CivilianEvents))]))], marking);
    }

    /// <summary>The latest assessment of the country the viewer may see (the one options are proposed from) and its latest forecast.</summary>
    public static async Task<(SituationBriefInput.AssessmentSummary? Assessment, SituationBriefInput.ForecastSummary? Forecast)> WarningAsync(
        SituationDetails details, VigilDb db, FrameworkCatalog frameworks, Viewer viewer, CancellationToken cancellationToken)
    {
        var assessment = details.Proposal.AssessmentId is { } assessmentId
            ? (await AssessmentBriefSource.LoadAsync(db, frameworks, assessmentId, viewer, cancellationToken))?.Warning.Assessment
            : null;
        var forecast = AssessmentBriefSource.ForecastOf(await db.LatestOfCountryAsync(details.Situation.CountryIso3, viewer, cancellationToken));
        return (assessment, forecast);
    }
}

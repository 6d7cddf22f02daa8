using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Storage;

namespace Vigil.App.Cli;

/// <summary>
/// A fictional situation for the demo, on the training case's country, so that every part of the situation page shows: a back-dated
/// rise to early warning, two competing mediation channels, pressure and support in the same month, an overdue commitment with a gender
/// provision, a monthly trend, an overdue review and factors of the example assessment left uncovered.
/// </summary>
public static class DemoSituation
{
    public const string Title = "Example: tension before the elections (fictional, for training)";

    public static async Task EnsureAsync(IServiceProvider services, RiskAssessment example, Guid organization, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<VigilDb>();
        if (await db.Situations.AnyAsync(s => s.Title == Title, cancellationToken))
        {
            return;
        }
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var situation = await services.GetRequiredService<OpenSituation>().RunAsync(new(example.CountryIso3, Title,
            "Hate speech and militia recruitment rise ahead of a disputed vote; a fictional situation to practise with.",
            Classification.Internal, ReviewDue: today.AddDays(-3), Owner: "demo analyst", OrganizationId: organization), cancellationToken);
        var id = situation.Id;
        await services.GetRequiredService<ChangeSituationStatus>().RunAsync(new(id, SituationStatus.EarlyWarning,
            "Incitement on local radio and two attacks on a minority village.", DateTime.UtcNow.AddDays(-45), By: "demo analyst"), cancellationToken);
        var record = services.GetRequiredService<RecordAction>();
        await record.RunAsync(new(id, new(ActorKind.Un, "UN Special Envoy", "mediation", today.AddDays(-30), "Shuttle talks between the parties.",
            "envoy visit", ActionStance.Engagement, ActionStatus.UnderWay)), cancellationToken);
        await record.RunAsync(new(id, new(ActorKind.NeighbouringState, "Neighbouring state mediator", "mediation", today.AddDays(-20),
            "Separate talks with the opposition.", "track-2 dialogue", ActionStance.Support, ActionStatus.Done, today.AddDays(-12))), cancellationToken);
        await record.RunAsync(new(id, new(ActorKind.GuarantorState, "Guarantor state", "political-engagement", today.AddDays(-18),
            "Warns of targeted sanctions if incitement continues.", "public statement", ActionStance.Pressure), [
                new("Government broadcasts a code of conduct for the campaign", "Government", today.AddDays(-5), CommitmentImplementation.Partly, GenderProvision: true),
                new("Opposition joins the election dialogue", "Opposition", today.AddDays(20)),
            ]), cancellationToken);
        await record.RunAsync(new(id, new(ActorKind.WomensGroup, "Women's peace network", "civil-society-support", today.AddDays(-10),
            "Community dialogues in the two districts at risk.", "community meetings", ActionStance.Engagement)), cancellationToken);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        await services.GetRequiredService<MarkTrend>().RunAsync(new(id, month, SituationTrend.Deteriorated, By: "demo analyst"), cancellationToken);
    }
}

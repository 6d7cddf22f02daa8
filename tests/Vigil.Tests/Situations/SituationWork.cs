using Microsoft.Extensions.DependencyInjection;
using Vigil.Assessment;
using Vigil.Security;
using Vigil.Situations;
using Vigil.Storage;
using Vigil.Tests.Events;

namespace Vigil.Tests.Situations;

/// <summary>Runs the situation use cases on a store as a given person (the current actor of the flow).</summary>
internal static class SituationWork
{
    public static readonly Guid OrgA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid OrgB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    public static readonly Viewer AnalystA = new(Guid.NewGuid(), "ana", OrgA, Roles.Analyst, []);
    public static readonly Viewer AnalystB = new(Guid.NewGuid(), "ben", OrgB, Roles.Analyst, []);

    public static async Task<T> AsAsync<T>(EventStore store, Viewer viewer, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = store.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(viewer, null);
        try
        {
            return await work(scope.ServiceProvider);
        }
        finally
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(Viewer.System, null);
        }
    }

    public static Task<Situation> OpenAsync(EventStore store, Viewer viewer, string country = "CAF", Classification classification = Classification.Internal) =>
        AsAsync(store, viewer, sp => sp.GetRequiredService<OpenSituation>().RunAsync(new(country, $"Situation in {country}", Classification: classification), TestContext.Current.CancellationToken));

    public static Task<Situation?> ActAsync(EventStore store, Viewer viewer, Guid id, ActionDetails action, params CommitmentDetails[] commitments) =>
        AsAsync(store, viewer, async sp => (await sp.GetRequiredService<RecordAction>().RunAsync(new(id, action, commitments), TestContext.Current.CancellationToken))?.Situation);

    public static Task<Situation?> StatusAsync(EventStore store, Viewer viewer, Guid id, SituationStatus status, DateTime? at, SituationOutcome? outcome = null, string reason = "as seen") =>
        AsAsync(store, viewer, sp => sp.GetRequiredService<ChangeSituationStatus>().RunAsync(new(id, status, reason, at, outcome), TestContext.Current.CancellationToken));

    public static Task<SituationDetails?> DetailsAsync(EventStore store, Viewer viewer, Guid id) =>
        AsAsync(store, viewer, sp => sp.GetRequiredService<SituationQueries>().DetailsAsync(id, viewer, TestContext.Current.CancellationToken));

    /// <summary>A draft assessment of <paramref name="country"/> owned by <paramref name="organization"/> with the given indicators present ("5.1" severity 3, "9.1:1" severity 1).</summary>
    public static async Task<RiskAssessment> AssessmentAsync(EventStore store, string country, Guid organization, params string[] presentIndicators)
    {
        var ct = TestContext.Current.CancellationToken;
        var framework = (await store.Services.GetRequiredService<FrameworkCatalog>().LatestAsync(ct))!;
        var now = DateTime.UtcNow;
        var assessment = new RiskAssessment(country, "Quarterly", DateOnly.FromDateTime(now).AddDays(-3), "ana", framework, organization, Classification.Internal, now);
        foreach (var indicator in presentIndicators)
        {
            var parts = indicator.Split(':');
            assessment.Judge(framework, parts[0], IndicatorStatus.Present, parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 3,
                null, null, null, null, null, null, "ana", now);
        }
        await using var db = await store.DbAsync();
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return assessment;
    }

    public static DateOnly Day(int offset) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offset);
}

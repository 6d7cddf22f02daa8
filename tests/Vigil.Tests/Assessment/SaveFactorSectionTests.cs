using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Assessment;
using Vigil.Storage;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Assessment;

/// <summary>A factor section is saved all or nothing: a rule broken on one row leaves every row of the section as stored.</summary>
public sealed class SaveFactorSectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JudgementRequest Judgement(IndicatorStatus status, int? severity = null, string? notes = null) =>
        new(status, severity, null, null, notes, Gender: false, null, null);

    /// <summary>A draft (made as the command line makes one) whose indicator 1.1 is judged absent.</summary>
    private static async Task<Guid> DraftAsync(TestServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var draft = await scope.ServiceProvider.GetRequiredService<CreateAssessment>()
            .RunAsync(new CreateAssessment.Request("CAF", "Quarterly review", new DateOnly(2026, 9, 30), "analyst"), Ct);
        await scope.ServiceProvider.GetRequiredService<JudgeIndicator>()
            .RunAsync(new JudgeIndicator.Request(draft.Id, "1.1", Judgement(IndicatorStatus.Absent, notes: "stored before"), "analyst"), Ct);
        return draft.Id;
    }

    /// <summary>The assessment as stored, read through a context of its own.</summary>
    internal static async Task<RiskAssessment> StoredAsync(TestServer server, Guid id)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<VigilDb>>().CreateDbContextAsync(Ct);
        return (await db.LoadAssessmentAsync(id, Ct))!;
    }

    [Fact]
    public async Task RunAsync_RuleBrokenOnThirdRow_StoresNoRowAndNamesTheRow()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var id = await DraftAsync(server);
        var before = await StoredAsync(server, id);
        await using var scope = server.Services.CreateAsyncScope();
        var save = scope.ServiceProvider.GetRequiredService<SaveFactorSection>();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => save.RunAsync(new SaveFactorSection.Request(id, "RF1",
        [
            new("1.1", Judgement(IndicatorStatus.Present, 3, "changed on row 1")),
            new("1.2", Judgement(IndicatorStatus.Absent), new EvidenceRequest("Report on row 2", null, null, SourceType.Ngo, 'B', 2)),
            new("1.3", Judgement(IndicatorStatus.Present, 4)),
        ], [], "analyst"), Ct));
        // Nothing the rows before changed in memory may be stored by a later save in the same scope either.
        await scope.ServiceProvider.GetRequiredService<VigilDb>().SaveChangesAsync(Ct);

        Assert.Equal("1.3", SaveFactorSection.RowOf(error));
        Assert.Equal("rows[1.3].severity", error.Field);
        Assert.Equal("Severity must be 1 (limited), 2 (serious) or 3 (severe).", error.Message);
        var after = await StoredAsync(server, id);
        Assert.Equal(IndicatorStatus.Absent, after.JudgementFor("1.1")!.Status);
        Assert.Equal("stored before", after.JudgementFor("1.1")!.Notes);
        Assert.Null(after.JudgementFor("1.2"));
        Assert.Null(after.JudgementFor("1.3"));
        Assert.Empty(after.Evidence);
        Assert.Equal(before.History.Count, after.History.Count);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
    }

    [Fact]
    public async Task RunAsync_EveryRowValid_StoresTheChangedRowsAndTheEvidence()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var id = await DraftAsync(server);
        await using var scope = server.Services.CreateAsyncScope();

        var outcome = await scope.ServiceProvider.GetRequiredService<SaveFactorSection>().RunAsync(new SaveFactorSection.Request(id, "RF1",
        [
            new("1.1", Judgement(IndicatorStatus.Absent, notes: "stored before")),
            new("1.2", Judgement(IndicatorStatus.Present, 2), new EvidenceRequest("Report on row 2", null, null, SourceType.Ngo, 'B', 2)),
            new("1.3", Judgement(IndicatorStatus.Present, 3)),
        ], [], "analyst"), Ct);

        Assert.NotNull(outcome);
        Assert.Equal((2, 1, 0), (outcome.Judged, outcome.Added, outcome.Removed));
        var after = await StoredAsync(server, id);
        Assert.Equal("stored before", after.JudgementFor("1.1")!.Notes);
        Assert.Equal(2, after.JudgementFor("1.2")!.Severity);
        Assert.Equal(3, after.JudgementFor("1.3")!.Severity);
        Assert.Equal("Report on row 2", Assert.Single(after.EvidenceFor("1.2")).Title);
        // Row 1 is as stored, so it is not recorded again.
        Assert.Equal(["1.2", "1.3"], after.History.Where(h => h.Action == "judged" && h.Target != "1.1").Select(h => h.Target).Order());
        Assert.Equal("1.2", Assert.Single(after.History, h => h.Action == "evidence added").Target);
    }

    [Fact]
    public async Task RunAsync_RowOfAnotherFactor_IsRefusedOnThatRow()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite());
        var id = await DraftAsync(server);
        await using var scope = server.Services.CreateAsyncScope();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => scope.ServiceProvider.GetRequiredService<SaveFactorSection>().RunAsync(
            new SaveFactorSection.Request(id, "RF1", [new("1.2", Judgement(IndicatorStatus.Absent)), new("7.9", Judgement(IndicatorStatus.Absent))], [], "analyst"), Ct));

        Assert.Equal("7.9", SaveFactorSection.RowOf(error));
        Assert.Null((await StoredAsync(server, id)).JudgementFor("1.2"));
    }
}

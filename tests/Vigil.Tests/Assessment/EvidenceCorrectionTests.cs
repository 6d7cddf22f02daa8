using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.Tests.Assessment;

public sealed class EvidenceCorrectionTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly FrameworkDefinition Framework = FrameworkParser.Parse(FrameworkCatalog.EmbeddedJson());

    private static (RiskAssessment Assessment, EvidenceItem Item) WithEvidence()
    {
        var a = new RiskAssessment("MMR", "Quarterly", new DateOnly(2026, 9, 30), "alice", Framework, null, Classification.Restricted, Now);
        var item = new EvidenceItem("7.9", "Report", "https://exmaple.org/typo", new DateOnly(2026, 9, 1), SourceType.Ngo, new AdmiraltyGrade('C', 3), "Contact K.");
        a.AddEvidence("7.9", item, "alice", Now);
        return (a, item);
    }

    private static EvidenceItem Corrected(string? sourceIdentity = null) =>
        new("ignored", "Report (corrected)", "https://example.org/report", new DateOnly(2026, 9, 2), SourceType.UnReport, new AdmiraltyGrade('b', 2), sourceIdentity);

    [Fact]
    public void CorrectEvidence_NewFields_ChangesThemAndKeepsIdAndTarget()
    {
        var (a, item) = WithEvidence();

        Assert.True(a.CorrectEvidence(item.Id, Corrected("Contact M."), keepSourceIdentity: false, "alice", Now.AddHours(1)));

        var stored = Assert.Single(a.Evidence);
        Assert.Equal(item.Id, stored.Id);
        Assert.Equal("7.9", stored.Target);
        Assert.Equal("Report (corrected)", stored.Title);
        Assert.Equal("https://example.org/report", stored.Reference);
        Assert.Equal(new DateOnly(2026, 9, 2), stored.Date);
        Assert.Equal(SourceType.UnReport, stored.SourceType);
        Assert.Equal(new AdmiraltyGrade('B', 2), stored.Grade);
        Assert.Equal("Contact M.", stored.SourceIdentity);
        Assert.Equal(Now.AddHours(1), a.UpdatedAt);
    }

    [Fact]
    public void CorrectEvidence_KeepSourceIdentity_LeavesTheIdentityAsStored()
    {
        var (a, item) = WithEvidence();

        a.CorrectEvidence(item.Id, Corrected("Someone else"), keepSourceIdentity: true, "alice", Now);

        Assert.Equal("Contact K.", a.Evidence.Single().SourceIdentity);
        Assert.Equal("Report (corrected)", a.Evidence.Single().Title);
    }

    [Fact]
    public void CorrectEvidence_History_RecordsOneEditWithBeforeAndAfterButNoIdentity()
    {
        var (a, item) = WithEvidence();

        a.CorrectEvidence(item.Id, Corrected("Contact M."), keepSourceIdentity: false, "bob", Now);

        var last = a.History[^1];
        Assert.Equal("evidence edited", last.Action);
        Assert.Equal("bob", last.Actor);
        Assert.Equal("7.9", last.Target);
        Assert.Contains("https://exmaple.org/typo", last.Before, StringComparison.Ordinal);
        Assert.Contains("C3", last.Before, StringComparison.Ordinal);
        Assert.Contains("https://example.org/report", last.After, StringComparison.Ordinal);
        Assert.Contains("B2", last.After, StringComparison.Ordinal);
        Assert.Contains("source identity changed", last.After, StringComparison.Ordinal);
        Assert.DoesNotContain(a.History, h => (h.Before + h.After).Contains("Contact", StringComparison.Ordinal));
        Assert.DoesNotContain(a.History, h => h.Action == "evidence removed");
    }

    [Fact]
    public void CorrectEvidence_NothingDiffers_RecordsNothing()
    {
        var (a, item) = WithEvidence();
        var count = a.History.Count;

        var same = new EvidenceItem("7.9", item.Title, item.Reference, item.Date, item.SourceType, item.Grade, item.SourceIdentity);
        Assert.False(a.CorrectEvidence(item.Id, same, keepSourceIdentity: false, "alice", Now.AddHours(1)));

        Assert.Equal(count, a.History.Count);
        Assert.Equal(Now, a.UpdatedAt);
    }

    [Fact]
    public void CorrectEvidence_Approved_IsAConflictAndNothingChanges()
    {
        var (a, item) = WithEvidence();
        a.Submit("alice", Now);
        a.Approve("bob", Now);

        var error = Assert.Throws<DomainRuleException>(() => a.CorrectEvidence(item.Id, Corrected(), keepSourceIdentity: false, "alice", Now));

        Assert.True(error.Conflict);
        Assert.Equal("Report", a.Evidence.Single().Title);
        Assert.Equal('C', a.Evidence.Single().Reliability);
    }

    [Fact]
    public void CorrectEvidence_UnknownItem_NamesEvidenceId()
    {
        var (a, _) = WithEvidence();

        var error = Assert.Throws<DomainRuleException>(() => a.CorrectEvidence(Guid.NewGuid(), Corrected(), keepSourceIdentity: false, "alice", Now));

        Assert.Equal("evidenceId", error.Field);
        Assert.Equal("Report", a.Evidence.Single().Title);
    }
}

using Vigil.Assessment;
using Vigil.Security;

namespace Vigil.Tests.Assessment;

public sealed class RiskAssessmentTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly FrameworkDefinition Framework = FrameworkParser.Parse(FrameworkCatalog.EmbeddedJson());

    private static RiskAssessment NewAssessment() =>
        new("MMR", "Quarterly", new DateOnly(2026, 9, 30), "alice", Framework, null, Classification.Restricted, Now);

    [Fact]
    public void Approve_ByAuthor_IsRefused()
    {
        var a = NewAssessment();
        a.Submit("alice", Now);
        var error = Assert.Throws<DomainRuleException>(() => a.Approve("Alice", Now));
        Assert.Equal("approver", error.Field);
        Assert.Equal(AssessmentStatus.InReview, a.Status);
    }

    [Fact]
    public void Approve_BySomeoneWhoEditedTheVersion_IsRefused_ByAReviewerWhoOnlyReturnedIt_Allowed()
    {
        var a = NewAssessment();
        a.Judge(Framework, "1.1", IndicatorStatus.Present, 2, null, null, null, null, null, null, "bob", Now); // an admin edits alice's draft
        a.Submit("alice", Now);
        Assert.Equal("approver", Assert.Throws<DomainRuleException>(() => a.Approve("Bob", Now)).Field);
        a.ReturnToDraft("carol", "source for 1.1?", Now);
        a.Submit("alice", Now);
        a.Approve("carol", Now); // returning is a review step, not an edit
        Assert.Equal((AssessmentStatus.Approved, "carol"), (a.Status, a.ApprovedBy));
    }

    [Fact]
    public void Judge_AfterApproval_IsRefusedAndNothingChanges()
    {
        var a = NewAssessment();
        a.Judge(Framework, "1.1", IndicatorStatus.Present, 2, null, null, null, null, null, null, "alice", Now);
        a.Submit("alice", Now);
        a.Approve("bob", Now);

        Assert.Throws<DomainRuleException>(() => a.Judge(Framework, "1.1", IndicatorStatus.Absent, null, null, null, null, null, null, null, "alice", Now));
        Assert.Equal(IndicatorStatus.Present, a.JudgementFor("1.1")!.Status);
    }

    [Fact]
    public void StartNextVersion_CopiesJudgementsEvidenceAndResilience()
    {
        var a = NewAssessment();
        var evidence = new EvidenceItem("7.9", "Report", "https://example.org", new DateOnly(2026, 9, 1), SourceType.Ngo, new AdmiraltyGrade('b', 2));
        a.Judge(Framework, "7.9", IndicatorStatus.Present, 3, Trend.Worsening, Confidence.High, "note", null, null, [evidence], "alice", Now);
        a.RateResilience("E6", 2, null, "alice", Now);
        a.Submit("alice", Now);
        a.Approve("bob", Now);

        var next = a.StartNextVersion("carol", new DateOnly(2026, 12, 31), Now);

        Assert.Equal(a.SeriesId, next.SeriesId);
        Assert.Equal(2, next.VersionNumber);
        Assert.Equal(a.Id, next.PreviousVersionId);
        Assert.Equal(AssessmentStatus.Draft, next.Status);
        Assert.Equal(3, next.JudgementFor("7.9")!.Severity);
        Assert.True(next.JudgementFor("7.9")!.Gender); // 7.9 concerns women and girls in the framework file
        Assert.Equal('B', Assert.Single(next.EvidenceFor("7.9")).Reliability);
        Assert.NotEqual(evidence.Id, next.EvidenceFor("7.9").Single().Id);
        Assert.Equal(2, next.ResilienceFor("E6")!.Rating);
    }

    [Theory]
    [InlineData('G', 2, "reliability")]
    [InlineData('A', 0, "credibility")]
    [InlineData('A', 7, "credibility")]
    public void AdmiraltyGrade_OutOfScale_NamesTheField(char reliability, int credibility, string field) =>
        Assert.Equal(field, Assert.Throws<DomainRuleException>(() => new AdmiraltyGrade(reliability, credibility)).Field);

    [Fact]
    public void Judge_UnknownIndicator_NamesTheIndicator()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            NewAssessment().Judge(Framework, "14.99", IndicatorStatus.Present, 1, null, null, null, null, null, null, "alice", Now));
        Assert.Contains("14.99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void History_RecordsEachChangeWithBeforeAndAfter()
    {
        var a = NewAssessment();
        a.Judge(Framework, "1.1", IndicatorStatus.Absent, null, null, null, null, null, null, null, "alice", Now);
        a.Judge(Framework, "1.1", IndicatorStatus.Present, 3, null, null, null, null, null, null, "alice", Now);

        var last = a.History[^1];
        Assert.Equal("judged", last.Action);
        Assert.Equal("absent", last.Before);
        Assert.Equal("present, severity 3", last.After);
    }
}

using Vigil.Reports;
using Vigil.Reports.Verification;

namespace Vigil.Tests.Reports.Verification;

/// <summary>The rules of a review without a store: reasons, statuses, grades, claims and their expiry.</summary>
public sealed class ReportReviewTests
{
    private static readonly DateTime Now = new(2026, 3, 14, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Decide_WithoutReason_IsRefusedNamingReason()
    {
        var review = new ReportReview(Guid.NewGuid());

        Assert.Equal("reason", Assert.Throws<DomainRuleException>(() => review.Decide(ReportStatus.Verified, "  ", null, "rita", Now)).Field);
        Assert.Equal(ReportStatus.Unverified, review.Status);
    }

    [Fact]
    public void Decide_Duplicate_IsRefusedBecauseOnlyAMergeMarksIt()
    {
        var review = new ReportReview(Guid.NewGuid());

        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => review.Decide(ReportStatus.Duplicate, "same", null, "rita", Now)).Field);
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => VerifyReport.ParseStatus("duplicate")).Field);
    }

    [Theory]
    [InlineData("verified", ReportStatus.Verified)]
    [InlineData(" Unconfirmed ", ReportStatus.Unconfirmed)]
    [InlineData("false", ReportStatus.False)]
    [InlineData("unverified", ReportStatus.Unverified)]
    public void ParseStatus_TheApiWords_AreTheStatuses(string word, ReportStatus status) => Assert.Equal(status, VerifyReport.ParseStatus(word));

    [Theory]
    [InlineData(null)]
    [InlineData("confirmed")]
    [InlineData("1")]
    public void ParseStatus_OtherWords_AreRefusedNamingStatus(string? word) =>
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => VerifyReport.ParseStatus(word)).Field);

    [Theory]
    [InlineData("B", null, "credibility")]
    [InlineData(null, 2, "reliability")]
    [InlineData("G", 2, "reliability")]
    [InlineData("B", 7, "credibility")]
    [InlineData("BB", 2, "reliability")]
    public void Grade_HalfOrOutOfScale_IsRefusedNamingTheField(string? reliability, int? credibility, string field) =>
        Assert.Equal(field, Assert.Throws<DomainRuleException>(() => VerifyReport.Grade(reliability, credibility)).Field);

    [Fact]
    public void Decide_Graded_KeepsTheGradeAndReason()
    {
        var review = new ReportReview(Guid.NewGuid());

        review.Decide(ReportStatus.Verified, "confirmed by the parish priest", VerifyReport.Grade("b", 2), "rita", Now);

        Assert.Equal((ReportStatus.Verified, "confirmed by the parish priest", "B2", "rita"), (review.Status, review.Reason, review.Grade.ToString(), review.DecidedBy));
    }

    [Fact]
    public void Claim_HeldByAnother_IsShownAndRefusesTheirDecisionUntilItLapses()
    {
        var review = new ReportReview(Guid.NewGuid());
        review.Claim("rita", Now);

        Assert.Equal("rita", review.ClaimantAt(Now.AddMinutes(29)));
        var refused = Assert.Throws<DomainRuleException>(() => review.Decide(ReportStatus.False, "invented", null, "omar", Now.AddMinutes(10)));
        Assert.Equal(("claim", true), (refused.Field, refused.Conflict));
        Assert.Throws<DomainRuleException>(() => review.Claim("omar", Now.AddMinutes(10)));

        // Thirty minutes on, the claim has lapsed: nobody is shown and another reviewer may take it.
        Assert.Null(review.ClaimantAt(Now + ReportReview.ClaimLength));
        review.Claim("omar", Now + ReportReview.ClaimLength);
        Assert.Equal("omar", review.ClaimantAt(Now.AddMinutes(31)));
    }

    [Fact]
    public void Decide_ByTheClaimant_EndsTheClaim()
    {
        var review = new ReportReview(Guid.NewGuid());
        review.Claim("rita", Now);

        review.Decide(ReportStatus.Unconfirmed, "no second source yet", null, "rita", Now.AddMinutes(5));

        Assert.Null(review.ClaimantAt(Now.AddMinutes(6)));
    }

    [Fact]
    public void Release_ByAnotherWhileHeld_IsRefused()
    {
        var review = new ReportReview(Guid.NewGuid());
        review.Claim("rita", Now);

        Assert.Throws<DomainRuleException>(() => review.Release("omar", Now.AddMinutes(1)));
        review.Release("rita", Now.AddMinutes(1));
        Assert.Null(review.ClaimantAt(Now.AddMinutes(2)));
    }

    [Fact]
    public void MergeInto_ThenUnmerge_RestoresTheStatusBefore()
    {
        var review = new ReportReview(Guid.NewGuid());
        review.Decide(ReportStatus.Unconfirmed, "one source", null, "rita", Now);
        var original = Guid.NewGuid();

        review.MergeInto(original, "same attack, told by a second monitor", "rita", Now.AddMinutes(1));
        Assert.Equal((ReportStatus.Duplicate, original), (review.Status, review.DuplicateOfId!.Value));
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => review.Decide(ReportStatus.Verified, "x", null, "rita", Now.AddMinutes(2))).Field);

        review.Unmerge("different day after all", "rita", Now.AddMinutes(3));
        Assert.Equal((ReportStatus.Unconfirmed, (Guid?)null), (review.Status, review.DuplicateOfId));
    }
}

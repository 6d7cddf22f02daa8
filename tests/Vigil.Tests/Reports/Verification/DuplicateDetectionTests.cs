using Vigil.Reports.Verification;

namespace Vigil.Tests.Reports.Verification;

public sealed class DuplicateDetectionTests
{
    private static readonly DateTime Day = new(2026, 3, 14, 9, 0, 0, DateTimeKind.Utc);

    // Two monitors telling of one attack, a third of another incident in the same words' neighbourhood.
    private const string EnglishA = "Armed men burned the market in Kaga Bandoro this morning, three traders were killed and the shops looted.";
    private const string EnglishB = "This morning armed men burned the Kaga Bandoro market; three traders killed, shops looted!";
    private const string EnglishOther = "Youth group leaders held a peace meeting with the mayor about the water point dispute.";

    private const string ChineseA = "今天早上，一伙武装分子烧毁了镇上的市场，三名商人被杀，商店遭到抢劫。";
    private const string ChineseB = "今天早上一伙武装分子烧毁了镇上市场！三名商人被杀害，商店被抢劫";
    private const string ChineseOther = "妇女团体与村长开会，讨论水井纠纷，气氛平和，没有发生冲突。";

    [Fact]
    public void Normalise_FullWidthCasePunctuationAndSpaces_FoldToOneForm()
    {
        Assert.Equal("abc 123 市场 被烧", ReportTextNormaliser.Normalise("  ＡＢＣ，１２３\t市场。被烧！ "));
        Assert.Equal("ሰዎች ተገደሉ", ReportTextNormaliser.Normalise("ሰዎች፡ተገደሉ።"));
    }

    [Theory]
    [InlineData(EnglishA, EnglishB)]
    [InlineData(ChineseA, ChineseB)]
    public void Similarity_Retellings_ReachTheThreshold(string a, string b) =>
        Assert.True(MinHashSignature.Of(a).Similarity(MinHashSignature.Of(b)) >= DuplicateDetector.DefaultThreshold,
            $"{MinHashSignature.Of(a).Similarity(MinHashSignature.Of(b)):0.00}");

    [Theory]
    [InlineData(EnglishA, EnglishOther)]
    [InlineData(ChineseA, ChineseOther)]
    [InlineData(EnglishA, ChineseA)]
    public void Similarity_DifferentTexts_StayFarBelowTheThreshold(string a, string b) =>
        Assert.True(MinHashSignature.Of(a).Similarity(MinHashSignature.Of(b)) < 0.2, $"{MinHashSignature.Of(a).Similarity(MinHashSignature.Of(b)):0.00}");

    [Fact]
    public void Similarity_SameTextInFullWidth_IsOne() =>
        Assert.Equal(1.0, MinHashSignature.Of("Market burned").Similarity(MinHashSignature.Of("ＭＡＲＫＥＴ　ＢＵＲＮＥＤ。")));

    [Fact]
    public void Similarity_EmptyText_IsZero() =>
        Assert.Equal(0.0, MinHashSignature.Of("  。，").Similarity(MinHashSignature.Of("  。，")));

    [Fact]
    public void Suggest_EnglishAndChineseRetellings_SuggestsOnlyTheTruePairs()
    {
        var ids = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        var place = new ReportPlace("CAF", "Nana-Grébizi", null, null, Day);
        var suggestions = new DuplicateDetector(new DuplicateWindow()).Suggest(
        [
            new(ids[0], EnglishA, place),
            new(ids[1], EnglishB, place with { OccurredAt = Day.AddHours(5) }),
            new(ids[2], EnglishOther, place with { OccurredAt = Day.AddHours(1) }),
            new(ids[3], ChineseA, place with { OccurredAt = Day.AddHours(2) }),
            new(ids[4], ChineseB, place with { OccurredAt = Day.AddDays(1) }),
            new(ids[5], ChineseOther, place with { OccurredAt = Day.AddHours(3) }),
        ]);

        Assert.Equal([(ids[0], ids[1]), (ids[3], ids[4])],
            suggestions.Select(s => (s.OriginalId, s.DuplicateId)).OrderBy(p => Array.IndexOf(ids, p.OriginalId)));
    }

    [Fact]
    public void Suggest_SameTextOutsideTheWindow_SuggestsNothing()
    {
        var place = new ReportPlace("CAF", "Nana-Grébizi", 6.99, 19.19, Day);
        var detector = new DuplicateDetector(new DuplicateWindow(Days: 3, Km: 25));

        Assert.Empty(detector.Suggest([new(Guid.NewGuid(), EnglishA, place), new(Guid.NewGuid(), EnglishA, place with { OccurredAt = Day.AddDays(4) })]));
        Assert.Empty(detector.Suggest([new(Guid.NewGuid(), EnglishA, place), new(Guid.NewGuid(), EnglishA, place with { CountryIso3 = "TCD" })]));
        // Another admin-1 and about 110 km away.
        Assert.Empty(detector.Suggest([new(Guid.NewGuid(), EnglishA, place), new(Guid.NewGuid(), EnglishA, place with { Admin1 = "Ouham", Latitude = 7.99 })]));
    }

    [Fact]
    public void Contains_NearbyPointsInAnotherAdmin1OrSameAdmin1WithoutPoints_AreInTheWindow()
    {
        var window = new DuplicateWindow(Days: 3, Km: 25);
        var here = new ReportPlace("CAF", "Nana-Grébizi", 6.99, 19.19, Day);

        // About 11 km apart across an admin-1 border.
        Assert.True(window.Contains(here, here with { Admin1 = "Ouham", Latitude = 7.09 }));
        Assert.True(window.Contains(here with { Latitude = null, Longitude = null }, here with { Admin1 = " nana-grébizi ", Latitude = null, OccurredAt = Day.AddDays(-2) }));
        Assert.False(window.Contains(here with { Admin1 = null, Latitude = null }, here with { Admin1 = null, Latitude = null }));
    }

    [Fact]
    public void KmTo_OneDegreeOfLatitude_IsAbout111Km() =>
        Assert.InRange(new ReportPlace("CAF", null, 6, 19, Day).KmTo(new ReportPlace("CAF", null, 7, 19, Day))!.Value, 110.5, 111.5);
}

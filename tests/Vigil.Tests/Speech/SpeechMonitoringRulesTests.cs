using Vigil.Countries;
using Vigil.Speech;
using Vigil.Speech.Monitoring;

namespace Vigil.Tests.Speech;

/// <summary>The workflow's rules without a server: files, agreement, the danger order, referral months.</summary>
public sealed class SpeechMonitoringRulesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-speech-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Read_JsonLinesWithBadFollowers_NamesFileLineAndField()
    {
        var path = Write("posts.jsonl", """
            {"id": "1", "text": "fine", "followers": 3}

            {"id": "2", "text": "fine", "followers": "many"}
            """);

        var error = Assert.Throws<PostFileException>(() => PostFile.Read(path, "feed", CountryCatalog.Embedded));

        Assert.Equal((3L, "followers"), (error.Line, error.Field));
        Assert.Contains("posts.jsonl:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CsvWithoutTextColumn_NamesTheHeader()
    {
        var path = Write("posts.csv", "id,body\n1,hello\n");

        var error = Assert.Throws<PostFileException>(() => PostFile.Read(path, "feed", CountryCatalog.Embedded));

        Assert.Equal((1L, "text"), (error.Line, error.Field));
    }

    [Fact]
    public void Read_CsvWithOffsetTimeAndCountryName_UtcAndIso3()
    {
        var path = Write("posts.csv", "id,text,posted_at,country,shares\n7,\"a, quoted\nline\",2026-03-01T02:00:00+03:00,Ethiopia,4\n");

        var post = Assert.Single(PostFile.Read(path, "feed", CountryCatalog.Embedded));

        Assert.Equal(("feed", "7", "a, quoted\nline"), (post.Source, post.PostId, post.Text));
        Assert.Equal(new DateTime(2026, 2, 28, 23, 0, 0, DateTimeKind.Utc), post.PostedAt);
        Assert.Equal(("ETH", 4), (post.CountryIso3, post.Shares));
    }

    [Fact]
    public void Agreement_FourPairs_ShareAndCohensKappa()
    {
        var agreement = ReviewAgreement.Of([
            (RabatDecision.CounterSpeech, RabatDecision.CounterSpeech),
            (RabatDecision.CounterSpeech, RabatDecision.CounterSpeech),
            (RabatDecision.ReferToPlatform, RabatDecision.ReferToPlatform),
            (RabatDecision.CounterSpeech, RabatDecision.ReferToPlatform),
        ]);

        // p_o = 3/4; p_e = 3/4·1/2 + 1/4·1/2 = 1/2; κ = (0.75 − 0.5)/(1 − 0.5) = 0.5
        Assert.Equal((4, 3, 0.75, 0.5), (agreement.Pairs, agreement.Agreeing, agreement.Share!.Value, agreement.Kappa!.Value));
    }

    [Fact]
    public void Agreement_BothAlwaysTheSameSingleDecision_KappaUndefined()
    {
        var agreement = ReviewAgreement.Of([(RabatDecision.BelowThreshold, RabatDecision.BelowThreshold)]);

        Assert.Equal((1.0, null), (agreement.Share, agreement.Kappa));
    }

    [Fact]
    public void Danger_IncitementAndLexiconSeverity_RaiseTheScore()
    {
        var plain = new SpeechVerdict(SpeechLabel.Hate, 0.8, 0.1, 0.1, false, "en", []);
        var inciting = plain with { Incitement = true, LexiconHits = [new LexiconHit("vermin", "group-a", 3, true)] };

        Assert.Equal(0.85 * 3, DangerScore.Of(plain, 99), 6);
        Assert.Equal(0.85 * 3 * 2 * 2, DangerScore.Of(inciting, 99), 6);
        Assert.False(DangerScore.IsFlagged(new SpeechVerdict(SpeechLabel.Normal, 0.2, 0.3, 0.5, false, "en", [])));
        Assert.True(DangerScore.IsFlagged(new SpeechVerdict(SpeechLabel.Normal, 0.2, 0.3, 0.5, false, "en", [new LexiconHit("x", null, 1, false)])));
    }

    [Fact]
    public void Rabat_ReferToAuthoritiesWithAFactorBelowTwo_RefusedNamingTheDecision()
    {
        var ratings = new RabatRatings(3, 3, 3, 3, 1, 3);

        var error = Assert.Throws<DomainRuleException>(() => ratings.Check(RabatDecision.ReferToAuthorities));
        ratings.Check(RabatDecision.ReferToPlatform);

        Assert.Equal("decision", error.Field);
        Assert.Contains("extent is 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Surges_SeriesBuiltWithZeroMonths_PerLanguageAndGroup()
    {
        var series = SurgeDetection.Build([
            new("ETH", new DateTime(2026, 1, 5), "am", "group-a", true, false),
            new("ETH", new DateTime(2026, 3, 5), "en", "", true, true),
        ]);

        var all = series.Single(s => s.Dimension == SurgeSeries.All);
        Assert.Equal([202601, 202602, 202603], all.Rows.Select(r => r.Month));
        Assert.Equal([1, 0, 1], all.Rows.Select(r => r.HatePosts));
        Assert.Equal(["am", "en"], series.Where(s => s.Dimension == SurgeSeries.Language).Select(s => s.Key));
        Assert.Equal([1, 0, 0], series.Single(s => s.Dimension == SurgeSeries.Group).Rows.Select(r => r.HatePosts));
    }
}

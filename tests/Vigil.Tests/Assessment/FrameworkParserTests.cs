using Vigil.Assessment;

namespace Vigil.Tests.Assessment;

public sealed class FrameworkParserTests
{
    [Fact]
    public void Parse_EmbeddedUnFramework_HasFourteenFactorsAndHonestCompleteness()
    {
        var framework = FrameworkParser.Parse(FrameworkCatalog.EmbeddedJson());

        Assert.Equal("un-foa", framework.Id);
        Assert.Equal(14, framework.RiskFactors.Count);
        Assert.Equal(8, framework.RiskFactors.Count(f => f.IsCommon));
        Assert.Equal(["genocide"], framework.RiskFactors.Single(f => f.Id == "RF9").Crimes);
        Assert.Equal(["warCrimes"], framework.RiskFactors.Single(f => f.Id == "RF14").Crimes);
        Assert.Equal(114, framework.Indicators.Count());
        Assert.All(framework.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Text.Zh)));
        Assert.Equal("unknown", framework.RiskFactors.Single(f => f.Id == "RF14").Completeness.Status);
        Assert.Equal("complete", framework.RiskFactors.Single(f => f.Id == "RF8").Completeness.Status);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("""{ "version": "1", "riskFactors": [] }""", "$.id")]
    [InlineData("""{ "id": "x", "version": "1", "riskFactors": [] }""", "$.riskFactors")]
    [InlineData("""{ "id": "x", "version": "1", "riskFactors": [ { "id": "A", "kind": "odd", "crimes": [], "title": "t" } ] }""", "$.riskFactors[0].kind")]
    [InlineData("""{ "id": "x", "version": "1", "riskFactors": [ { "id": "A", "kind": "common", "crimes": ["piracy"], "title": "t" } ] }""", "$.riskFactors[0].crimes")]
    [InlineData("""{ "id": "x", "version": "1", "riskFactors": [ { "id": "A", "kind": "common", "crimes": [], "title": "t", "indicators": [ { "id": "1", "text": "a" }, { "id": "1", "text": "b" } ] } ] }""", "$.riskFactors[0].indicators[1].id")]
    public void Parse_BadFile_ErrorNamesTheJsonPath(string json, string expected)
    {
        var error = Assert.Throws<DomainRuleException>(() => FrameworkParser.Parse(json, "revised.json"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("revised.json", error.Message, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using Vigil.Countries;
using Vigil.Tests.Infrastructure;

namespace Vigil.Tests.Countries;

/// <summary>
/// One country search (<see cref="CountryCatalog.Search"/>) behind the country list page (<c>/?q=</c>) and
/// <c>vigil countries list --search</c>: both find by English or Chinese name, ISO3 code and alias, best match first.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class CountrySearchTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private TestServer Server => fixture.Server;

    [Theory]
    [InlineData("Myanmar", "MMR")]
    [InlineData("缅甸", "MMR")]
    [InlineData("mmr", "MMR")]
    [InlineData("Burma", "MMR")]
    [InlineData("cote d ivoire", "CIV")]
    [InlineData("科特迪瓦", "CIV")]
    public void Search_NameCodeOrAlias_FindsTheCountryFirst(string text, string iso3) =>
        Assert.Equal(iso3, CountryCatalog.Embedded.Search(text).First().Iso3);

    [Fact]
    public void Search_Ranking_CodeThenNameStartThenNameContainsAndEmptyIsAll()
    {
        var catalog = CountryCatalog.Embedded;

        Assert.Equal(["SDN", "SSD"], catalog.Search("sudan").Select(c => c.Iso3).ToArray());
        var mar = catalog.Search("MAR").Select(c => c.Iso3).ToList();
        Assert.Equal("MAR", mar[0]); // Morocco by its code before the Marshall Islands by the start of their name
        Assert.Contains("MHL", mar);
        Assert.Empty(catalog.Search("no such country"));
        Assert.Equal(catalog.All, catalog.Search("  "));
        Assert.Equal(catalog.All, catalog.Search(null));
    }

    [Theory]
    [InlineData("Myanmar", "MMR")]
    [InlineData("缅甸", "MMR")]
    [InlineData("mmr", "MMR")]
    [InlineData("Burma", "MMR")]
    [InlineData("sudan", "SDN,SSD")]
    public async Task CliAndPage_SameText_ListTheSameCountriesInTheSameOrder(string text, string expected)
    {
        var (exit, output) = await ConsoleCapture.RunAsync("countries", "list", "--search", text);
        var page = await Server.Client.GetStringAsync($"/?q={Uri.EscapeDataString(text)}", TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        var fromCli = Regex.Matches(output, @"[│|] ([A-Z]{3}) +[│|] +\d* +[│|]").Select(m => m.Groups[1].Value).ToArray();
        var fromPage = Regex.Matches(page, "<th scope=\"row\"><a href=\"/countries/([A-Z]{3})\">").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(expected.Split(','), fromCli);
        Assert.Equal(expected.Split(','), fromPage);
    }
}

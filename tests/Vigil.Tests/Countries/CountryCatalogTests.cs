using Vigil.Countries;

namespace Vigil.Tests.Countries;

public sealed class CountryCatalogTests
{
    private static readonly CountryCatalog Catalog = CountryCatalog.Embedded;

    [Fact]
    public void Embedded_HoldsEveryUnMemberAndBothObservers()
    {
        Assert.Equal(193, Catalog.All.Count(c => c.Status == "member"));
        Assert.Equal(["PSE", "VAT"], Catalog.All.Where(c => c.Status == "observer").Select(c => c.Iso3).Order().ToArray());
        Assert.Equal(Catalog.All.Count, Catalog.All.Select(c => c.Iso3).Distinct().Count());
    }

    [Theory]
    [InlineData("Cote d'Ivoire", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("DR Congo (Zaire)", "COD")]
    [InlineData("Myanmar (Burma)", "MMR")]
    [InlineData("central african republic", "CAF")]
    [InlineData("Kosovo", "XKX")]
    public void Resolve_DataSetSpellings_FindTheCountry(string name, string iso3) =>
        Assert.Equal(iso3, Catalog.Resolve(name)?.Iso3);

    [Theory]
    [InlineData(482, "CAF")]
    [InlineData(365, "RUS")]
    [InlineData(625, "SDN")]
    [InlineData(626, "SSD")]
    [InlineData(345, "SRB")]
    public void FindByCow_CorrelatesOfWarCode_FindsThePresentState(int cow, string iso3) =>
        Assert.Equal(iso3, Catalog.FindByCow(cow)?.Iso3);

    [Fact]
    public void TrainingCountry_IsFictionalAndLabelledSo()
    {
        var training = Catalog.Find("XTA");
        Assert.NotNull(training);
        Assert.Equal("fictional", training.Status);
        Assert.Contains("fictional", training.Name.En, StringComparison.Ordinal);
    }
}
